package io.wavegrid.engine.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StrategyProfileComponentTest {

    @Test
    void takesTheNameFromThePropertyTheFileOrTheNamedFactoryPid() {
        assertEquals("swing", StrategyProfileComponent.profileName(Map.of("name", "swing", "service.pid", "x")));
        assertEquals("scalp", StrategyProfileComponent.profileName(Map.of(
                "felix.fileinstall.filename", "file:/opt/wavegrid/etc/io.wavegrid.strategy-scalp.cfg", "service.pid", "x")));
        assertEquals("trend", StrategyProfileComponent.profileName(Map.of("service.pid", "io.wavegrid.strategy~trend")));
    }
}
