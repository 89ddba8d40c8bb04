package io.wavegrid.cache.redis.internal;

import java.time.Duration;
import java.util.UUID;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/** A key prefix of its own on the loopback Redis, and a direct client to check and clean up under it. */
final class TestRedis implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 6379;

    final String prefix = "wg-test:" + UUID.randomUUID() + ":";
    private final RedisClient client = RedisClient.create("redis://" + HOST + ":" + PORT);
    private final StatefulRedisConnection<String, String> connection = client.connect();

    RedisGateway gateway(int port) {
        return new RedisGateway("redis://" + HOST + ":" + port, prefix, Duration.ofMillis(300), Duration.ofMillis(200));
    }

    RedisCommands<String, String> direct() {
        return connection.sync();
    }

    @Override
    public void close() {
        RedisCommands<String, String> r = connection.sync();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = r.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                r.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        connection.close();
        client.shutdown();
    }
}
