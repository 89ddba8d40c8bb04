import type { PluginInfo } from './pluginTypes';

/**
 * Identity of a plugin across polls: the same service seen again keeps its row. A bundle may
 * register two plugins of one kind under the same name (two instances of a factory
 * configuration), so repeats get an occurrence suffix to keep every key unique.
 */
export function keyPlugins(plugins: readonly PluginInfo[]): Map<string, PluginInfo> {
  const keyed = new Map<string, PluginInfo>();
  for (const plugin of plugins) {
    const base = `${plugin.kind}/${plugin.bundle}/${plugin.name}`;
    let key = base;
    for (let occurrence = 2; keyed.has(key); occurrence++) {
      key = `${base}#${occurrence}`;
    }
    keyed.set(key, plugin);
  }
  return keyed;
}

export interface PluginDiff {
  readonly added: ReadonlyMap<string, PluginInfo>;
  readonly removed: ReadonlyMap<string, PluginInfo>;
  /** Plugins present in both lists, with their newest values. */
  readonly kept: ReadonlyMap<string, PluginInfo>;
}

export function diffPlugins(
  previous: ReadonlyMap<string, PluginInfo>,
  next: ReadonlyMap<string, PluginInfo>,
): PluginDiff {
  const added = new Map<string, PluginInfo>();
  const kept = new Map<string, PluginInfo>();
  const removed = new Map<string, PluginInfo>();
  for (const [key, plugin] of next) {
    (previous.has(key) ? kept : added).set(key, plugin);
  }
  for (const [key, plugin] of previous) {
    if (!next.has(key)) {
      removed.set(key, plugin);
    }
  }
  return { added, removed, kept };
}
