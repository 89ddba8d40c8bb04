package io.wavegrid.persistence.internal.repository;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.market.api.Side;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/**
 * One journaled order as a line of the write-ahead file: its {@code orders} row, tab-separated, then the CRC-32 of
 * what precedes it. Tabs, line breaks and backslashes inside a field are escaped, and {@code \N} is a missing value,
 * so a line always splits back into the same fields; a line cut short by a crash fails its check and is told apart.
 */
final class WriteAheadLine {

    static final String VERSION = "1";
    static final String NULL = "\\N";
    private static final int FIELDS = 17;

    private WriteAheadLine() {
    }

    /** The order of a line written by {@link WriteAheadEncoder} (without its line break); a damaged line is refused with why. */
    static JournaledOrder decode(String line) {
        int lastTab = line.lastIndexOf('\t');
        if (lastTab < 0 || !line.substring(lastTab + 1).equals(crc(line, lastTab))) {
            throw new IllegalArgumentException("checksum does not match (a line cut short or damaged)");
        }
        List<String> f = split(line.substring(0, lastTab));
        if (f.size() != FIELDS || !f.get(0).equals(VERSION)) {
            throw new IllegalArgumentException("expected " + FIELDS + " fields of version " + VERSION + ", found " + f.size());
        }
        OrderRequest request = new OrderRequest(f.get(2), SymbolColumn.load(f.get(3)), Side.valueOf(f.get(4)),
                OrderType.valueOf(f.get(5)), decimal(f.get(7)), decimal(f.get(8)), decimal(f.get(9)),
                TimeInForce.valueOf(f.get(6)));
        Order order = new Order(request, f.get(10), OrderStatus.valueOf(f.get(11)), decimal(f.get(12)), decimal(f.get(13)),
                instant(f.get(16)), f.get(14));
        return new JournaledOrder(f.get(1), order, instant(f.get(15)));
    }

    private static List<String> split(String body) {
        List<String> fields = new ArrayList<>(FIELDS);
        StringBuilder field = new StringBuilder();
        boolean missing = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\t') {
                fields.add(missing ? null : field.toString());
                field.setLength(0);
                missing = false;
            } else if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                switch (next) {
                    case 't' -> field.append('\t');
                    case 'n' -> field.append('\n');
                    case 'r' -> field.append('\r');
                    case 'N' -> missing = true;
                    default -> field.append(next);
                }
            } else {
                field.append(c);
            }
        }
        fields.add(missing ? null : field.toString());
        return fields;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static Instant instant(String text) {
        int dot = text.indexOf('.');
        return Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    }

    /** The CRC-32 of the first {@code length} characters, as UTF-8, as {@link WriteAheadEncoder} writes it. */
    private static String crc(CharSequence line, int length) {
        CRC32 crc = new CRC32();
        crc.update(line.subSequence(0, length).toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
