import { describe, expect, it } from 'vitest';
import { plugin } from '../testing/pluginFixtures';
import { parsePluginList, PluginListFormatError } from './parsePlugins';

function withoutField(field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...plugin() };
  delete copy[field];
  return copy;
}

describe('parsePluginList', () => {
  it('reads a well-formed list unchanged', () => {
    const plugins = [plugin(), plugin({ kind: 'risk-rule', name: 'Max drawdown', category: null, weight: null })];
    expect(parsePluginList(JSON.stringify(plugins))).toEqual(plugins);
  });

  it('reads an empty list', () => {
    expect(parsePluginList('[]')).toEqual([]);
  });

  it('treats absent nullable fields as null', () => {
    const body = { ...plugin() } as Record<string, unknown>;
    delete body['category'];
    delete body['weight'];
    delete body['lastError'];
    expect(parsePluginList(JSON.stringify([body]))[0]).toMatchObject({
      category: null,
      weight: null,
      lastError: null,
    });
  });

  it.each([
    ['{"kind": "indicator",', /not JSON/],
    ['<html>502 Bad Gateway</html>', /not JSON/],
    ['', /not JSON/],
    ['{"plugins": []}', /expected a JSON array of plugins, got an object/],
    ['null', /expected a JSON array of plugins, got null/],
    ['[42]', /plugin #0: expected an object, got 42/],
    ['[[]]', /plugin #0: expected an object, got an array/],
  ])('rejects the malformed body %j', (body, message) => {
    expect(() => parsePluginList(body)).toThrow(PluginListFormatError);
    expect(() => parsePluginList(body)).toThrow(message);
  });

  it.each(['kind', 'name', 'bundle', 'version', 'state', 'lastCandleTime', 'candlesProcessed', 'errorCount'])(
    'rejects a plugin without the required field %s, naming plugin and field',
    (field) => {
      const body = JSON.stringify([plugin(), withoutField(field)]);
      expect(() => parsePluginList(body)).toThrow(
        new RegExp(`plugin #1.*field "${field}" must be .*, got nothing \\(field missing\\)`),
      );
    },
  );

  it.each([
    [{ kind: 'oracle' }, /field "kind" must be one of indicator, .*risk-rule, got "oracle"/],
    [{ state: 'active' }, /field "state" must be one of ACTIVE, WARMING_UP, FAILED, got "active"/],
    [{ name: '  ' }, /field "name" must be a non-empty string/],
    [{ version: 1 }, /field "version" must be a non-empty string, got 1/],
    [{ weight: '0.3' }, /field "weight" must be a finite number or null, got "0.3"/],
    [{ candlesProcessed: -1 }, /field "candlesProcessed" must be a non-negative integer, got -1/],
    [{ errorCount: 1.5 }, /field "errorCount" must be a non-negative integer/],
    [{ lastCandleTime: '2026-01-01' }, /field "lastCandleTime" must be a non-negative integer/],
    [{ lastError: { message: 'x' } }, /field "lastError" must be a string or null, got an object/],
    [{ category: 7 }, /field "category" must be a string or null, got 7/],
  ])('rejects the wrong field value %j', (override, message) => {
    const body = JSON.stringify([{ ...plugin(), ...override }]);
    expect(() => parsePluginList(body)).toThrow(message);
  });

  it('names the plugin in the error when it has a name', () => {
    const body = JSON.stringify([{ ...plugin({ name: 'WaveTrend' }), state: 'BROKEN' }]);
    expect(() => parsePluginList(body)).toThrow(/plugin #0 \(WaveTrend\): field "state"/);
  });
});
