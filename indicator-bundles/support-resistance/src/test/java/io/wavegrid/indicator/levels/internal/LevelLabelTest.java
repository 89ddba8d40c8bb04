package io.wavegrid.indicator.levels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wavegrid.analysis.api.LevelKind;

import org.junit.jupiter.api.Test;

class LevelLabelTest {

    @Test
    void labelsSayTheKindAndTheTouchesWhetherWrittenOnceOrOnDemand() {
        assertEquals("support (1 touch)", LevelBook.label(LevelKind.SUPPORT, 1));
        assertEquals("resistance (4 touches)", LevelBook.label(LevelKind.RESISTANCE, 4));
        assertEquals("support (32 touches)", LevelBook.label(LevelKind.SUPPORT, 32));
        assertEquals("resistance (33 touches)", LevelBook.label(LevelKind.RESISTANCE, 33));
        assertEquals("support (1000 touches)", LevelBook.label(LevelKind.SUPPORT, 1000));
    }
}
