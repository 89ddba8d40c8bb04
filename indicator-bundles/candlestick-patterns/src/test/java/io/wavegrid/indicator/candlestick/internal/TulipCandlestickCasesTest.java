package io.wavegrid.indicator.candlestick.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.SharedData;
import io.wavegrid.market.api.Candle;

import org.junit.jupiter.api.Test;

/**
 * Tulip's {@code candles.txt}: OHLC vectors with the bars where a pattern must (or, with {@code !}, must not)
 * fire. Checked for the patterns both sides define alike: doji, marubozu, engulfing, spinning top, morning and
 * evening star, three white soldiers and three black crows. Not checked: hammer/hanging man (Tulip tells them
 * apart by the previous bar, we by the prior trend) and patterns we do not publish (big candles, abandoned
 * baby, gravestone/dragonfly doji, star). Cases with a bar no exchange could print (low above open) are skipped.
 */
class TulipCandlestickCasesTest {

    private static final Map<String, List<String>> LABELS = Map.ofEntries(
            Map.entry("doji", List.of("doji")),
            Map.entry("marubozu", List.of("bullish-marubozu", "bearish-marubozu")),
            Map.entry("white_marubozu", List.of("bullish-marubozu")),
            Map.entry("black_marubozu", List.of("bearish-marubozu")),
            Map.entry("engulfing_bull", List.of("bullish-engulfing")),
            Map.entry("engulfing_bear", List.of("bearish-engulfing")),
            Map.entry("spinning_top", List.of("spinning-top")),
            Map.entry("morning_star", List.of("morning-star")),
            Map.entry("evening_star", List.of("evening-star")),
            Map.entry("three_white_soldiers", List.of("three-white-soldiers")),
            Map.entry("three_black_crows", List.of("three-black-crows")));

    @Test
    void expectationsHold() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("patterns/candlestick-tulip/candles.txt"));
        List<double[]> arrays = new ArrayList<>();
        List<List<PatternDetection>> detections = null;
        int checked = 0;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.equals("candle")) {
                arrays.clear();
                detections = null;
            } else if (line.startsWith("{")) {
                arrays.add(java.util.Arrays.stream(line.substring(1, line.indexOf('}')).split(","))
                        .mapToDouble(v -> Double.parseDouble(v.trim())).toArray());
                if (arrays.size() == 4) {
                    detections = valid(arrays) ? Detections.perBar(Bars.ohlc(arrays.get(0), arrays.get(1), arrays.get(2), arrays.get(3))) : null;
                }
            } else if (!line.isEmpty() && detections != null) {
                checked += check(line, detections);
            }
        }
        assertTrue(checked >= 20, "checked only " + checked + " expectations");
    }

    private static int check(String line, List<List<PatternDetection>> detections) {
        String[] parts = line.split("\\s+");
        boolean negative = parts[0].startsWith("!");
        String name = negative ? parts[0].substring(1) : parts[0];
        List<String> labels = LABELS.get(name);
        if (labels == null) {
            return 0;
        }
        for (int i = 1; i < parts.length; i++) {
            int bar = Integer.parseInt(parts[i]);
            boolean found = labels.stream().anyMatch(label -> Detections.detectedAt(detections, bar, label));
            assertEquals(!negative, found, line + " at bar " + bar + ": detected " + detections.get(bar));
        }
        return parts.length - 1;
    }

    private static boolean valid(List<double[]> ohlc) {
        CandleTable table = Bars.ohlc(ohlc.get(0), ohlc.get(1), ohlc.get(2), ohlc.get(3));
        for (int i = 0; i < table.size(); i++) {
            if (Candle.problem(table.timeframe, table.openTime[i], table.open[i], table.high[i], table.low[i],
                    table.close[i], table.volume[i]) != null) {
                return false;
            }
        }
        return true;
    }
}
