package io.wavegrid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Time from {@code bin/karaf server} to ready: stock Karaf 4.4.10 (boot features provisioned) against
 * Wavegrid (boot features provisioned, then the kernel accepting events as reported by /api/ready),
 * alternating the two in the same run so machine noise hits both alike. Prints medians and ratios.
 */
class StartupBench {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void startToReadyAgainstStockKaraf() throws Exception {
        Path stock = Path.of(System.getProperty("stock.karaf"));
        Path wavegrid = Path.of(System.getProperty("wavegrid.distribution"));
        Assumptions.assumeTrue(Files.isRegularFile(stock), "stock Karaf archive absent: " + stock);
        int runs = Integer.getInteger("bench.runs", 3);
        Path work = Path.of(System.getProperty("bench.out", "target"), "startup");
        deleteRecursively(work);
        List<Long> stockMs = new ArrayList<>();
        List<Long> wavegridBootMs = new ArrayList<>();
        List<Long> wavegridReadyMs = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        for (int run = 0; run < runs; run++) {
            try (KarafProcess karaf = new KarafProcess(stock, work.resolve("stock-" + run))) {
                long t0 = System.nanoTime();
                karaf.start();
                stockMs.add(waitFor(karaf, t0, karaf::bootFeaturesDone));
            }
            try (KarafProcess karaf = new KarafProcess(wavegrid, work.resolve("wavegrid-" + run))) {
                long t0 = System.nanoTime();
                karaf.start();
                wavegridBootMs.add(waitFor(karaf, t0, karaf::bootFeaturesDone));
                URI ready = URI.create("http://127.0.0.1:" + karaf.httpPort() + "/api/ready");
                wavegridReadyMs.add(waitFor(karaf, t0, () -> isReady(http, ready)));
            }
        }
        String report = String.format("Start-up over %d runs (median ms): stock Karaf %d; Wavegrid boot features %d, ready %d%n"
                        + "ratio Wavegrid ready / stock Karaf = %.2f; Wavegrid boot features / stock = %.2f%n"
                        + "raw stock %s, Wavegrid boot %s, Wavegrid ready %s%n",
                runs, median(stockMs), median(wavegridBootMs), median(wavegridReadyMs),
                (double) median(wavegridReadyMs) / median(stockMs), (double) median(wavegridBootMs) / median(stockMs),
                stockMs, wavegridBootMs, wavegridReadyMs);
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("bench.out", "target"), "bench-startup.txt"), report);
    }

    private static boolean isReady(HttpClient http, URI ready) {
        try {
            return http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long waitFor(KarafProcess karaf, long t0, Callable<Boolean> condition) throws Exception {
        while (!condition.call()) {
            if (!karaf.alive()) {
                throw new IllegalStateException("Karaf in " + karaf.home() + " exited during start-up; see its console.out");
            }
            if (System.nanoTime() - t0 > LIMIT.toNanos()) {
                throw new IllegalStateException("Karaf in " + karaf.home() + " not ready within " + LIMIT);
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
