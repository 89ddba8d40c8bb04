package io.wavegrid.persistence.internal.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/**
 * Writes {@link WriteAheadLine}'s lines as UTF-8 straight into one reusable buffer: the line is built on the trading
 * thread, between an order's decision and its send, and text built first and converted after cost as much again.
 * One encoder per writer; not thread-safe.
 */
final class WriteAheadEncoder {

    private final CRC32 crc = new CRC32();
    private byte[] bytes = new byte[512];
    private int length;

    /** Encodes the order's line, with its line break; the bytes are valid until the next call. */
    WriteAheadEncoder encode(JournaledOrder journaled) {
        Order order = journaled.order();
        OrderRequest r = order.request();
        length = 0;
        ascii(WriteAheadLine.VERSION);
        field(journaled.account());
        field(r.clientOrderId());
        field(SymbolColumn.store(r.symbol()));
        field(r.side().name());
        field(r.type().name());
        field(r.timeInForce().name());
        field(r.quantity());
        field(r.price());
        field(r.stopPrice());
        field(order.exchangeOrderId());
        field(order.status().name());
        field(order.filledQuantity());
        field(order.averagePrice());
        field(order.rejectReason());
        instant(journaled.created());
        instant(order.updated());
        crc.reset();
        crc.update(bytes, 0, length);
        put((byte) '\t');
        hex(crc.getValue());
        put((byte) '\n');
        return this;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }

    private void field(BigDecimal value) {
        put((byte) '\t');
        if (value == null) {
            ascii(WriteAheadLine.NULL);
        } else {
            ascii(value.toPlainString());
        }
    }

    private void field(String text) {
        put((byte) '\t');
        if (text == null) {
            ascii(WriteAheadLine.NULL);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> ascii("\\\\");
                case '\t' -> ascii("\\t");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else {
                        int codePoint = text.codePointAt(i);
                        i += Character.charCount(codePoint) - 1;
                        utf8(codePoint);
                    }
                }
            }
        }
    }

    private void instant(Instant instant) {
        put((byte) '\t');
        ascii(Long.toString(instant.getEpochSecond()));
        put((byte) '.');
        ascii(Integer.toString(instant.getNano()));
    }

    /** Lower-case hex without leading zeros, as {@link Long#toHexString} writes it. */
    private void hex(long value) {
        int shift = Math.max(0, (63 - Long.numberOfLeadingZeros(value)) / 4 * 4);
        for (; shift >= 0; shift -= 4) {
            put((byte) Character.forDigit((int) (value >>> shift) & 0xF, 16));
        }
    }

    private void utf8(int codePoint) {
        if (codePoint < 0x800) {
            put((byte) (0xC0 | codePoint >> 6));
        } else if (codePoint < 0x10000) {
            put((byte) (0xE0 | codePoint >> 12));
            put((byte) (0x80 | codePoint >> 6 & 0x3F));
        } else {
            put((byte) (0xF0 | codePoint >> 18));
            put((byte) (0x80 | codePoint >> 12 & 0x3F));
            put((byte) (0x80 | codePoint >> 6 & 0x3F));
        }
        put((byte) (0x80 | codePoint & 0x3F));
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
    }

    private void put(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
        }
        bytes[length++] = b;
    }
}
