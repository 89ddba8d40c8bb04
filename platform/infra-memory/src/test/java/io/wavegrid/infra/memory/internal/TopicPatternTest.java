package io.wavegrid.infra.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "signal.#, signal, true",
            "signal.#, signal.BTCUSDT.1h, true",
            "signal.*, signal.BTCUSDT, true",
            "signal.*, signal.BTCUSDT.1h, false",
            "signal.*, signal, false",
            "*.BTCUSDT, ticker.BTCUSDT, true",
            "#.1h, signal.BTCUSDT.1h, true",
            "#.1h, signal.BTCUSDT.4h, false",
            "signal.#.1h, signal.1h, true",
            "execution.binance.#, execution.kucoin.BTCUSDT, false",
            "#, anything.at.all, true"})
    void matchesLikeAnAmqpTopicExchange(String pattern, String topic, boolean expected) {
        assertEquals(expected, new TopicPattern(pattern).matches(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "signal..x", "sig nal", "signal.#x", ".signal"})
    void malformedPatternsAreRefusedWithTheReason(String pattern) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TopicPattern(pattern));
        assertEquals(true, e.getMessage().contains("topic pattern"));
    }
}
