package io.wavegrid.exchange.testkit;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal RFC 6455 WebSocket server on an ephemeral loopback port for fake exchanges: text frames out,
 * text/ping/close frames in, and abrupt drops on demand. One thread per connection; enough for tests.
 */
public final class LoopbackWebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** What the fake exchange does with connections and their messages. */
    public interface Handler {
        void onOpen(Session session);

        default void onMessage(Session session, String text) {
        }
    }

    private final ServerSocket server;
    private final Handler handler;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public LoopbackWebSocketServer(Handler handler) throws IOException {
        this.handler = handler;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fake-ws-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public String url() {
        return "ws://127.0.0.1:" + port();
    }

    public List<Session> sessions() {
        return sessions;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Session s : sessions) {
            s.drop();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "fake-ws-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            String request = readHead(in);
            String path = request.substring(request.indexOf(' ') + 1, request.indexOf(" HTTP/"));
            String key = header(request, "Sec-WebSocket-Key");
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Session session = new Session(socket, path);
            sessions.add(session);
            handler.onOpen(session);
            readFrames(session, new DataInputStream(in));
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
        }
    }

    private void readFrames(Session session, DataInputStream in) throws IOException {
        while (session.isOpen()) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            int opcode = b0 & 0x0F;
            long length = b1 & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((b1 & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (opcode == 0x8) {
                session.frame(0x8, payload);
                session.drop();
            } else if (opcode == 0x9) {
                session.frame(0xA, payload);
            } else if (opcode == 0x1) {
                handler.onMessage(session, new String(payload, StandardCharsets.UTF_8));
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed during the handshake");
            }
            head.write(c);
            last4 = (last4 << 8) | c;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        throw new IllegalArgumentException("handshake without " + name);
    }

    private static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** One client connection. */
    public static final class Session {

        private final Socket socket;
        private final String path;
        private volatile boolean open = true;

        Session(Socket socket, String path) {
            this.socket = socket;
            this.path = path;
        }

        /** Request path with query, e.g. {@code /stream?streams=btcusdt@trade}. */
        public String path() {
            return path;
        }

        public boolean isOpen() {
            return open && !socket.isClosed();
        }

        /** Sends a text frame; returns false if the connection is gone. */
        public boolean send(String text) {
            return frame(0x1, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Cuts the TCP connection without a close frame, as a network failure would. */
        public void drop() {
            open = false;
            closeQuietly(socket);
        }

        /** One write per frame, header and payload together, so a benchmark can push frames as fast as the client reads. */
        synchronized boolean frame(int opcode, byte[] payload) {
            try {
                int header = payload.length < 126 ? 2 : payload.length < 65536 ? 4 : 10;
                byte[] frame = new byte[header + payload.length];
                frame[0] = (byte) (0x80 | opcode);
                if (header == 2) {
                    frame[1] = (byte) payload.length;
                } else if (header == 4) {
                    frame[1] = 126;
                    frame[2] = (byte) (payload.length >>> 8);
                    frame[3] = (byte) payload.length;
                } else {
                    frame[1] = 127;
                    for (int i = 0; i < 8; i++) {
                        frame[2 + i] = (byte) ((long) payload.length >>> (8 * (7 - i)));
                    }
                }
                System.arraycopy(payload, 0, frame, header, payload.length);
                OutputStream out = socket.getOutputStream();
                out.write(frame);
                out.flush();
                return true;
            } catch (IOException e) {
                open = false;
                return false;
            }
        }
    }
}
