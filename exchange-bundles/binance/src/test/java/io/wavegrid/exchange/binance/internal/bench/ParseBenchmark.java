package io.wavegrid.exchange.binance.internal.bench;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.binance.internal.parse.StreamSink;
import io.wavegrid.exchange.testkit.MessageBench;
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

    public static void main(String[] args) throws Exception {
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
        MessageBench.Handler tree = m -> sink += mapper.readTree(m).size();
        MessageBench.Handler parse = m -> parser.parse(m, counting);
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            double baselineTrades = MessageBench.rate(trades, MESSAGES, tree);
            double parserTrades = MessageBench.rate(trades, MESSAGES, parse);
            double baselineDepth = MessageBench.rate(depths, MESSAGES, tree);
            double parserDepth = MessageBench.rate(depths, MESSAGES, parse);
            if (round == 1) {
                System.out.println(MessageBench.report("trade", parserTrades, "Jackson tree only", baselineTrades, 500_000));
                System.out.println(MessageBench.report("depth", parserDepth, "Jackson tree only", baselineDepth, 500_000));
                System.out.printf("p99 message-to-record latency: trade %.2f us, depth %.2f us%n",
                        MessageBench.p99Micros(trades, 200_000, parse), MessageBench.p99Micros(depths, 200_000, parse));
            }
        }
        System.out.println("(checksum " + sink + ")");
    }
}
