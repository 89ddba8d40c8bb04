package io.wavegrid.itests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A few Redis commands over the plain RESP protocol, so a test can look at what the platform stored in Redis
 * without sharing (and so without trusting) the platform's own client.
 */
final class RedisWire implements AutoCloseable {

    private final Socket socket = new Socket();
    private final InputStream in;
    private final OutputStream out;

    RedisWire(String host, int port) throws IOException {
        socket.connect(new InetSocketAddress(host, port), 3_000);
        socket.setSoTimeout(5_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** The string value of {@code key}, or null if there is none. */
    String get(String key) throws IOException {
        return (String) call("GET", key);
    }

    /** Every key starting with {@code prefix} (KEYS: fine for a test's handful of keys). */
    @SuppressWarnings("unchecked")
    List<String> keys(String prefix) throws IOException {
        return (List<String>) call("KEYS", prefix.replace("*", "\\*") + "*");
    }

    void delete(List<String> keys) throws IOException {
        for (String key : keys) {
            call("DEL", key);
        }
    }

    private Object call(String... args) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            request.writeBytes(bytes);
            request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(request.toByteArray());
        out.flush();
        return reply();
    }

    private Object reply() throws IOException {
        int type = in.read();
        String line = line();
        switch (type) {
            case '+':
                return line;
            case ':':
                return Long.parseLong(line);
            case '-':
                throw new IOException("Redis error: " + line);
            case '$': {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*': {
                int count = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(reply());
                }
                return items;
            }
            default:
                throw new IOException("unexpected Redis reply type " + type);
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\r'; c = in.read()) {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            b.append((char) c);
        }
        in.read();
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
