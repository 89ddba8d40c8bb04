package io.wavegrid.exchange.binance.internal.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.binance.internal.parse.StreamSink;
import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Trade;

/**
 * Wire-to-record throughput of the Binance stream parser for trade and diff-depth messages on one thread,
 * against a baseline measured in the same run: Jackson's tree model reading the same bytes (what a
 * straightforward adapter would do before it even builds records). Also the p99 time from a message's text
 * to the record reaching the sink. Run with {@code mvn -Pbench -pl exchange-bundles/binance -am verify}.
 */
public final class ParseBenchmark {

    private static final int MESSAGES = 2_000_000;
    private static final Symbol BTC = new Symbol("BTC", "USDT");

    private static long sink;

    public static void main(String[] args) throws IOException {
        String[] trades = new String[1024];
        String[] depths = new String[1024];
        for (int i = 0; i < trades.length; i++) {
            trades[i] = "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":17000000" + i + ",\"s\":\"BTCUSDT\",\"t\":" + (1000 + i)
                    + ",\"p\":\"4" + (1000 + i) + ".12\",\"q\":\"0.00" + (100 + i) + "\",\"T\":17000000" + i + ",\"m\":" + (i % 2 == 0) + ",\"M\":true}}";
            depths[i] = "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":17000000" + i
                    + ",\"s\":\"BTCUSDT\",\"U\":" + (10 * i) + ",\"u\":" + (10 * i + 9) + ",\"b\":[[\"4" + (1000 + i) + ".10\",\"0.5\"],[\"4"
                    + (1000 + i) + ".00\",\"0\"]],\"a\":[[\"4" + (1001 + i) + ".10\",\"1.25\"]]}}";
        }
        StreamParser parser = new StreamParser(code -> BTC);
        StreamSink counting = new StreamSink() {
            @Override
            public void trade(Trade trade) {
                sink += trade.quantity().scale();
            }

            @Override
            public void depth(Symbol symbol, long firstId, long finalId, List<BookLevel> bids, List<BookLevel> asks, long eventTime) {
                sink += bids.size() + asks.size();
            }
        };
        ObjectMapper mapper = new ObjectMapper();
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            boolean report = round == 1;
            double baselineTrades = rate(() -> tree(mapper, trades));
            double parserTrades = rate(() -> parse(parser, counting, trades));
            double baselineDepth = rate(() -> tree(mapper, depths));
            double parserDepth = rate(() -> parse(parser, counting, depths));
            if (report) {
                print("trade", parserTrades, baselineTrades);
                print("depth", parserDepth, baselineDepth);
                System.out.printf("p99 message-to-record latency: trade %.2f us, depth %.2f us%n",
                        p99(parser, counting, trades), p99(parser, counting, depths));
            }
        }
        System.out.println("(checksum " + sink + ")");
    }

    private interface Work {
        void run() throws IOException;
    }

    private static double rate(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return MESSAGES / ((System.nanoTime() - start) / 1e9);
    }

    private static void parse(StreamParser parser, StreamSink sinkTo, String[] messages) throws IOException {
        for (int i = 0; i < MESSAGES; i++) {
            parser.parse(messages[i & 1023], sinkTo);
        }
    }

    private static void tree(ObjectMapper mapper, String[] messages) throws IOException {
        for (int i = 0; i < MESSAGES; i++) {
            sink += mapper.readTree(messages[i & 1023]).size();
        }
    }

    private static double p99(StreamParser parser, StreamSink sinkTo, String[] messages) throws IOException {
        long[] nanos = new long[200_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            parser.parse(messages[i & 1023], sinkTo);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[(int) (nanos.length * 0.99)] / 1000.0;
    }

    private static void print(String kind, double parser, double baseline) {
        System.out.printf("%s: parse+normalise %,.0f msg/s; baseline (Jackson tree only) %,.0f msg/s; ratio %.2f; goal 500,000 msg/s: %s%n",
                kind, parser, baseline, parser / baseline, parser >= 500_000 ? "met" : "NOT met");
        sink += BigDecimal.ONE.scale();
    }
}
