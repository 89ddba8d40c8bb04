package io.wavegrid.exchange.kucoin.internal.bench;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.exchange.kucoin.internal.parse.BookChange;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinStreamParser;
import io.wavegrid.exchange.testkit.MessageBench;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

/**
 * Wire-to-record throughput of the KuCoin stream parser for {@code /market/match} trades and
 * {@code /market/level2} book changes on one thread, against a baseline measured in the same run: Jackson's
 * tree model reading the same text (the parser's own first step). Also the p99 time from a message's text to
 * the record reaching the sink. Run with {@code mvn -Pbench -pl exchange-bundles/kucoin -am verify -DskipTests}.
 */
public final class ParseBenchmark {

    private static final int MESSAGES = 2_000_000;
    private static final Symbol BTC = new Symbol("BTC", "USDT");

    private static long sink;

    public static void main(String[] args) throws Exception {
        String[] trades = new String[1024];
        String[] level2 = new String[1024];
        for (int i = 0; i < trades.length; i++) {
            trades[i] = "{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"subject\":\"trade.l3match\",\"data\":{"
                    + "\"makerOrderId\":\"6716" + i + "\",\"price\":\"6" + (7000 + i) + ".1\",\"sequence\":\"" + (11067996711960577L + i)
                    + "\",\"side\":\"" + (i % 2 == 0 ? "buy" : "sell") + "\",\"size\":\"0.00" + (100 + i) + "\",\"symbol\":\"BTC-USDT\","
                    + "\"takerOrderId\":\"6717" + i + "\",\"time\":\"17298432229" + (10000000 + i) + "\",\"tradeId\":\""
                    + (11067996711960577L + i) + "\",\"type\":\"match\"}}";
            level2[i] = "{\"topic\":\"/market/level2:BTC-USDT\",\"type\":\"message\",\"subject\":\"trade.l2update\",\"data\":{"
                    + "\"changes\":{\"asks\":[[\"6" + (7993 + i) + ".3\",\"1.21427407\",\"" + (14701689783L + 3 * i) + "\"]],"
                    + "\"bids\":[[\"6" + (7990 + i) + ".1\",\"0.5\",\"" + (14701689784L + 3 * i) + "\"],[\"6" + (7989 + i) + ".9\",\"0\",\""
                    + (14701689785L + 3 * i) + "\"]]},\"sequenceEnd\":" + (14701689785L + 3 * i) + ",\"sequenceStart\":"
                    + (14701689783L + 3 * i) + ",\"symbol\":\"BTC-USDT\",\"time\":17298164256" + (10 + i % 90) + "}}";
        }
        KucoinStreamParser parser = new KucoinStreamParser(BTC, Timeframe.M1);
        KucoinStreamParser.Sink counting = new CountingSink();
        ObjectMapper mapper = new ObjectMapper();
        MessageBench.Handler tree = m -> sink += mapper.readTree(m).size();
        MessageBench.Handler parse = m -> parser.parse(m, counting);
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            double baselineTrades = MessageBench.rate(trades, MESSAGES, tree);
            double parserTrades = MessageBench.rate(trades, MESSAGES, parse);
            double baselineBook = MessageBench.rate(level2, MESSAGES, tree);
            double parserBook = MessageBench.rate(level2, MESSAGES, parse);
            if (round == 1) {
                System.out.println(MessageBench.report("KuCoin match", parserTrades, "Jackson tree only", baselineTrades, 500_000));
                System.out.println(MessageBench.report("KuCoin level2", parserBook, "Jackson tree only", baselineBook, 500_000));
                System.out.printf("p99 message-to-record latency: match %.2f us, level2 %.2f us%n",
                        MessageBench.p99Micros(trades, 200_000, parse), MessageBench.p99Micros(level2, 200_000, parse));
            }
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** Touches what it is given so the JIT cannot drop the parsing. */
    private static final class CountingSink implements KucoinStreamParser.Sink {
        @Override
        public void welcome() {
        }

        @Override
        public void candleUpdate(Candle inProgress) {
            sink++;
        }

        @Override
        public void trade(Trade trade) {
            sink += trade.quantity().scale();
        }

        @Override
        public void ticker(Ticker ticker) {
            sink++;
        }

        @Override
        public void bookChanges(long start, long end, List<BookChange> bids, List<BookChange> asks, long time) {
            sink += bids.size() + asks.size() + (end - start);
        }

        @Override
        public void error(String message) {
            throw new IllegalStateException(message);
        }
    }
}
