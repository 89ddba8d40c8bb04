package io.wavegrid.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One unpacked Karaf on free loopback ports, started with {@code bin/karaf server} and always stopped by its
 * own process handle (never by name).
 */
final class KarafProcess implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private Process process;

    KarafProcess(Path archive, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", workDir.toString()));
        try (var entries = Files.list(workDir)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("empty archive " + archive));
        }
        httpPort = freePort();
        set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        set("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        set("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
    }

    int httpPort() {
        return httpPort;
    }

    Path home() {
        return home;
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .redirectErrorStream(true).redirectOutput(home.resolve("console.out").toFile());
        builder.environment().put("WAVEGRID_ADMIN_PASSWORD", "bench-" + System.nanoTime());
        process = builder.start();
    }

    /** Whether Karaf's feature service has finished provisioning the boot features. */
    boolean bootFeaturesDone() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).lines()
                .anyMatch(l -> l.contains("FeaturesServiceImpl") && l.endsWith("| Done."));
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * Stops Karaf's JVM and the bin/karaf script that started it: signalling only the script would leave
     * the JVM running, since the script waits on it as a child rather than exec-ing it.
     */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }

    private void set(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.exists(path) ? Files.readString(path) : "";
        String line = key + " = " + value;
        String updated = text.lines().anyMatch(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="))
                ? String.join("\n", text.lines().map(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "=") ? line : l).toList()) + "\n"
                : text + "\n" + line + "\n";
        Files.writeString(path, updated);
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process p = builder.inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("command failed: " + builder.command());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
