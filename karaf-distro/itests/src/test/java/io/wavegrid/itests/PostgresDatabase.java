package io.wavegrid.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL database of its own for one test run on the loopback server (trust authentication), made,
 * queried and dropped with {@code psql}, so the test looks at the database without going through the
 * platform it checks.
 */
final class PostgresDatabase implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    static final String USER = "postgres";

    private final String name = "wg_it_" + UUID.randomUUID().toString().replace("-", "");

    PostgresDatabase() throws IOException, InterruptedException {
        psql("test", "CREATE DATABASE " + name);
    }

    String name() {
        return name;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name + "?connectTimeout=5&socketTimeout=30&tcpKeepAlive=true";
    }

    /** The rows of {@code sql}, one line per row, columns separated by {@code |}. */
    List<String> query(String sql) throws IOException, InterruptedException {
        String out = psql(name, sql).strip();
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    /** Drops the database, closing whatever connections a pool still holds to it. */
    @Override
    public void close() throws IOException, InterruptedException {
        psql("test", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static String psql(String database, String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-h", HOST, "-p", Integer.toString(PORT), "-U", USER, "-d", database,
                "-v", "ON_ERROR_STOP=1", "-Atc", sql));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("psql did not finish within 60 s: " + sql);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("psql failed (" + process.exitValue() + ") on '" + sql + "': " + output
                    + " - the test needs PostgreSQL on " + HOST + ":" + PORT + " with trust authentication for " + USER);
        }
        return output;
    }
}
