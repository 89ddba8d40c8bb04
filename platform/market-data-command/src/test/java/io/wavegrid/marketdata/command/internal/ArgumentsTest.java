package io.wavegrid.marketdata.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.wavegrid.marketdata.CandleFileFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void formatIsGuessedFromExtensionAndColumns() throws Exception {
        assertEquals(CandleFileFormat.BINANCE_JSON, DataImportCommand.guess(Files.writeString(dir.resolve("k.json"), "[]")));
        assertEquals(CandleFileFormat.CSV, DataImportCommand.guess(Files.writeString(dir.resolve("n.csv"),
                "open_time_ms,open,high,low,close,volume\n1704067200000,1,2,0.5,1.5,3\n")));
        assertEquals(CandleFileFormat.BINANCE_CSV, DataImportCommand.guess(Files.writeString(dir.resolve("b.csv"),
                "1704067200000,1,2,0.5,1.5,3,1704067259999,4,5,6,7,0\n")));
    }

    @Test
    void timesAcceptDatesInstantsAndMillis() {
        assertEquals(1_704_067_200_000L, TimeArgument.parse("from", "2024-01-01"));
        assertEquals(1_704_067_260_000L, TimeArgument.parse("from", "2024-01-01T00:01:00Z"));
        assertEquals(5L, TimeArgument.parse("from", "5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("to", "soon")).getMessage().startsWith("to 'soon'"));
    }
}
