import { PLUGIN_KINDS, PLUGIN_STATES, type PluginInfo } from './pluginTypes';

/** Thrown when the engine's answer is not the documented plugin list; the message says what is wrong. */
export class PluginListFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginListFormatError';
  }
}

type Json = Record<string, unknown>;

/**
 * Parses the body of `GET /api/plugins`. The whole list is rejected on the first invalid element,
 * so a caller never shows a half-understood list.
 */
export function parsePluginList(body: string): PluginInfo[] {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    throw new PluginListFormatError(`response is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(document)) {
    throw new PluginListFormatError(`expected a JSON array of plugins, got ${describe(document)}`);
  }
  return document.map((element, index) => parsePlugin(element, index));
}

function parsePlugin(element: unknown, index: number): PluginInfo {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) {
    throw new PluginListFormatError(`plugin #${index}: expected an object, got ${describe(element)}`);
  }
  const fields = new FieldReader(element as Json, index);
  return {
    kind: fields.oneOf('kind', PLUGIN_KINDS),
    name: fields.text('name'),
    bundle: fields.text('bundle'),
    version: fields.text('version'),
    category: fields.optionalText('category'),
    weight: fields.optionalNumber('weight'),
    state: fields.oneOf('state', PLUGIN_STATES),
    lastCandleTime: fields.count('lastCandleTime'),
    candlesProcessed: fields.count('candlesProcessed'),
    errorCount: fields.count('errorCount'),
    lastError: fields.optionalText('lastError'),
  };
}

/** Reads typed fields of one plugin object, naming the plugin and field in every error. */
class FieldReader {
  constructor(
    private readonly object: Json,
    private readonly index: number,
  ) {}

  text(field: string): string {
    const value = this.object[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw this.error(field, 'a non-empty string', value);
    }
    return value;
  }

  /** A nullable field may also be absent: the engine omits nulls when its JSON mapper is set to. */
  optionalText(field: string): string | null {
    const value = this.object[field];
    if (value === undefined || value === null) {
      return null;
    }
    if (typeof value !== 'string') {
      throw this.error(field, 'a string or null', value);
    }
    return value;
  }

  optionalNumber(field: string): number | null {
    const value = this.object[field];
    if (value === undefined || value === null) {
      return null;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this.error(field, 'a finite number or null', value);
    }
    return value;
  }

  count(field: string): number {
    const value = this.object[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw this.error(field, 'a non-negative integer', value);
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.object[field];
    if (!allowed.some((candidate) => candidate === value)) {
      throw this.error(field, `one of ${allowed.join(', ')}`, value);
    }
    return value as T;
  }

  private error(field: string, expected: string, actual: unknown): PluginListFormatError {
    const name = typeof this.object['name'] === 'string' ? ` (${this.object['name']})` : '';
    return new PluginListFormatError(
      `plugin #${this.index}${name}: field "${field}" must be ${expected}, got ${describe(actual)}`,
    );
  }
}

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing (field missing)';
  }
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
