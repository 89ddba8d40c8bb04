package io.wavegrid.execution.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic client order ids: {@code wg} + a 20-character trade key (see {@link #tradeKey}) + {@code -} + role +
 * {@code .} + attempt, e.g. {@code wgAA3CXPAFPOBWC6RYUR77-E.1}. The same trade, role and attempt always give the same
 * id, so a resend after a timeout or a crash can never create a second order; a new attempt (a stop moved after a
 * take-profit) gets a new one. At most 34 characters of the alphabet every exchange accepts.
 */
final class ClientOrderIds {

    /** What an order does for its trade. */
    enum Role {
        ENTRY("E"), STOP("S"), TARGET("T"), EXIT("X");

        final String code;

        Role(String code) {
            this.code = code;
        }
    }

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    /** Cloned per id: looking the algorithm up through the security providers costs more than the digest. */
    private static final MessageDigest SHA_256 = sha256Prototype();

    private ClientOrderIds() {
    }

    /**
     * The 22-character prefix shared by every order of one trade. A signal of the engine, whose id ends with its bar's
     * open time in epoch milliseconds, gets a key that starts with that minute (7 base-32 characters) followed by 13
     * characters of the hash: the journal's index then takes each new order next to the last one instead of at a
     * random leaf, which on H2 halved an entry's journal insert. Any other id keeps the 20 characters of the hash.
     */
    static String tradeKey(String strategy, String signalId) {
        return tradeKey(sha256(strategy + "|" + signalId), barMinute(signalId));
    }

    private static String tradeKey(byte[] hash, long minute) {
        return minute < 0 ? keyBeforeMinutes(hash) : "wg" + minute(minute) + base32(hash, 13);
    }

    /** The key of a trade from before keys began with the signal's minute: a signal open across that change keeps it. */
    static String keyBeforeMinutes(String strategy, String signalId) {
        return keyBeforeMinutes(sha256(strategy + "|" + signalId));
    }

    private static String keyBeforeMinutes(byte[] hash) {
        return "wg" + base32(hash, 20);
    }

    /** Whether the signal's trade key begins with its minute, so it differs from the key of before that change. */
    static boolean keyBeginsWithMinute(String signalId) {
        return barMinute(signalId) >= 0;
    }

    /** Whether {@code key} is the signal's trade key, in either form; one hash for both. */
    static boolean isTradeKeyOf(String key, String strategy, String signalId) {
        byte[] hash = sha256(strategy + "|" + signalId);
        return key.equals(tradeKey(hash, barMinute(signalId))) || key.equals(keyBeforeMinutes(hash));
    }

    /** The minute of the bar an engine signal's id ends with ({@code .<open time ms>}), or -1 for any other id. */
    private static long barMinute(String signalId) {
        int dot = signalId.lastIndexOf('.');
        int digits = signalId.length() - dot - 1;
        if (dot < 0 || digits < 1 || digits > 15) {
            return -1;
        }
        long millis = 0;
        for (int i = dot + 1; i < signalId.length(); i++) {
            char c = signalId.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            millis = millis * 10 + (c - '0');
        }
        return millis / 60_000;
    }

    /** Seven base-32 characters, most significant first, so keys sort by minute. */
    private static String minute(long minute) {
        char[] out = new char[7];
        for (int i = 6; i >= 0; i--) {
            out[i] = BASE32[(int) (minute & 31)];
            minute >>>= 5;
        }
        return new String(out);
    }

    static String of(String strategy, String signalId, Role role, int attempt) {
        return of(tradeKey(strategy, signalId), role, 0, attempt);
    }

    /**
     * @param target the take-profit's number (1 for the nearest), only for {@link Role#TARGET}
     */
    static String of(String tradeKey, Role role, int target, int attempt) {
        if (attempt < 1 || attempt > 9999) {
            throw new IllegalArgumentException("order attempt must be within [1, 9999], got " + attempt);
        }
        if (role == Role.TARGET && (target < 1 || target > 99)) {
            throw new IllegalArgumentException("take-profit number must be within [1, 99], got " + target);
        }
        return tradeKey + "-" + role.code + (role == Role.TARGET ? Integer.toString(target) : "") + "." + attempt;
    }

    /**
     * Whether the id has the shape of one this platform generates: {@code wg}, 20 base-32 characters, a dash, the role
     * ({@code E}, {@code S}, {@code X}, or {@code T} and a one- or two-digit target), a dot and a 1-4 digit attempt.
     * Checked by hand: it runs for every fill and order update, where the regular expression was one of the larger
     * costs.
     */
    static boolean looksOurs(String id) {
        if (id == null || id.length() < 26 || !id.startsWith("wg") || id.charAt(22) != '-') {
            return false;
        }
        for (int i = 2; i < 22; i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')) {
                return false;
            }
        }
        int at = 23;
        char role = id.charAt(at++);
        if (role == 'T') {
            int digits = digits(id, at, 2);
            if (digits == 0) {
                return false;
            }
            at += digits;
        } else if (role != 'E' && role != 'S' && role != 'X') {
            return false;
        }
        if (at >= id.length() || id.charAt(at++) != '.') {
            return false;
        }
        int attempt = digits(id, at, 4);
        return attempt > 0 && at + attempt == id.length();
    }

    /** How many digits (at most {@code max}) start at {@code from}. */
    private static int digits(String id, int from, int max) {
        int count = 0;
        while (count < max && from + count < id.length() && id.charAt(from + count) >= '0' && id.charAt(from + count) <= '9') {
            count++;
        }
        return count;
    }

    /**
     * One of our ids taken apart.
     *
     * @param target the take-profit's number for {@link Role#TARGET}, else 0
     */
    record Parsed(String tradeKey, Role role, int target, int attempt) {
    }

    /** The parts of one of our ids; null when the id is not ours. */
    static Parsed parse(String clientOrderId) {
        if (!looksOurs(clientOrderId)) {
            return null;
        }
        int dash = clientOrderId.indexOf('-');
        int dot = clientOrderId.lastIndexOf('.');
        String code = clientOrderId.substring(dash + 1, dot);
        int attempt = Integer.parseInt(clientOrderId.substring(dot + 1));
        String key = clientOrderId.substring(0, dash);
        return switch (code.charAt(0)) {
            case 'E' -> new Parsed(key, Role.ENTRY, 0, attempt);
            case 'S' -> new Parsed(key, Role.STOP, 0, attempt);
            case 'X' -> new Parsed(key, Role.EXIT, 0, attempt);
            default -> new Parsed(key, Role.TARGET, Integer.parseInt(code.substring(1)), attempt);
        };
    }

    private static byte[] sha256(String text) {
        try {
            return ((MessageDigest) SHA_256.clone()).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JVM's SHA-256 cannot be cloned", e);
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.clone();
            return digest;
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("the JVM has no cloneable SHA-256", e);
        }
    }

    private static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < bytes.length && out.length() < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < length) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
