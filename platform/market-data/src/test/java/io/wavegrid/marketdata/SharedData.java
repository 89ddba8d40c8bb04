package io.wavegrid.marketdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/** Locates the project's shared real-data folder ({@code <repo>/../shared/data}) or skips the calling test. */
public final class SharedData {

    private SharedData() {
    }

    public static Path require(String relative) {
        String property = System.getProperty("wavegrid.shared.data");
        Path root = property != null ? Paths.get(property) : find();
        Assumptions.assumeTrue(root != null && Files.isRegularFile(root.resolve("README.md")),
                "../shared/data absent: skipping test on real data");
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), file + " absent: skipping test on real data");
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
