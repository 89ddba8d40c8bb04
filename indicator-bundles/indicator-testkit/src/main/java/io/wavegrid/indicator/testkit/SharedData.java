package io.wavegrid.indicator.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared real-data folder: system property {@code wavegrid.shared.data}, else the first
 * {@code shared/data} next to a parent of the working directory. Tests skip, saying so, when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, or {@code null} when it cannot be found. */
    public static Path root() {
        String configured = System.getProperty("wavegrid.shared.data");
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured);
            return Files.isDirectory(path) ? path : null;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate;
            }
        }
        return null;
    }

    /** Path of a file or folder under the shared data; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null, "../shared/data absent: skipping test that needs " + relative);
        Path path = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "../shared/data/" + relative + " absent: skipping");
        return path;
    }

    /** The real Binance BTCUSDT 1h history used by cross-checks and robustness runs. */
    public static Path btcHourly() {
        return require("ohlcv/binance-spot/nic-tradingstrategyga-mit/BTCUSDT-1h-20170817-20240421.csv");
    }
}
