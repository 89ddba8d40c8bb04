import { describe, expect, it } from 'vitest';
import { plugin } from '../testing/pluginFixtures';
import { diffPlugins, keyPlugins } from './pluginDiff';

const rsi = plugin({ name: 'RSI' });
const macd = plugin({ name: 'MACD' });
const binance = plugin({ kind: 'exchange-adapter', name: 'Binance', bundle: 'io.wavegrid.binance' });

describe('keyPlugins', () => {
  it('keys plugins by kind, bundle and name', () => {
    expect([...keyPlugins([rsi, binance]).keys()]).toEqual([
      'indicator/io.wavegrid.rsi-macd/RSI',
      'exchange-adapter/io.wavegrid.binance/Binance',
    ]);
  });

  it('keeps repeated plugins apart by occurrence', () => {
    expect([...keyPlugins([rsi, rsi, rsi]).keys()]).toEqual([
      'indicator/io.wavegrid.rsi-macd/RSI',
      'indicator/io.wavegrid.rsi-macd/RSI#2',
      'indicator/io.wavegrid.rsi-macd/RSI#3',
    ]);
  });

  it('tells the same name in another kind or bundle apart', () => {
    const keys = keyPlugins([rsi, { ...rsi, kind: 'signal-contributor' }, { ...rsi, bundle: 'com.example.rsi' }]);
    expect(keys.size).toBe(3);
  });
});

describe('diffPlugins', () => {
  it('finds added, removed and kept plugins', () => {
    const updatedRsi = { ...rsi, candlesProcessed: 1441 };
    const diff = diffPlugins(keyPlugins([rsi, macd]), keyPlugins([updatedRsi, binance]));
    expect([...diff.added.values()]).toEqual([binance]);
    expect([...diff.removed.values()]).toEqual([macd]);
    expect([...diff.kept.values()]).toEqual([updatedRsi]);
  });

  it('finds nothing between equal lists', () => {
    const diff = diffPlugins(keyPlugins([rsi, macd]), keyPlugins([macd, rsi]));
    expect(diff.added.size + diff.removed.size).toBe(0);
    expect(diff.kept.size).toBe(2);
  });

  it('sees a second instance of the same plugin arrive', () => {
    const diff = diffPlugins(keyPlugins([rsi]), keyPlugins([rsi, rsi]));
    expect([...diff.added.keys()]).toEqual(['indicator/io.wavegrid.rsi-macd/RSI#2']);
  });
});
