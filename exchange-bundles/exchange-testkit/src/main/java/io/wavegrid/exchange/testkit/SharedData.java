package io.wavegrid.exchange.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the project's real-data folder ({@code <repo>/../shared/data}, or system property
 * {@code wavegrid.shared.data}) for contract tests, skipping the calling test with a clear message when absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path require(String relative) {
        String property = System.getProperty("wavegrid.shared.data");
        Path root = property != null ? Paths.get(property) : find();
        Assumptions.assumeTrue(root != null && Files.isRegularFile(root.resolve("README.md")),
                "../shared/data absent: skipping test on real exchange samples");
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), file + " absent: skipping test on real exchange samples");
        return file;
    }

    private static Path find() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate;
            }
        }
        return null;
    }
}
