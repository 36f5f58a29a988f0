package org.fupin.household;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fupin.household.domain.TransferItem;

/** The items of 转移性收入 as stored in {@code household.transfer_items} (a JSON object of item → yuan). */
final class TransferItems {

    private static final Pattern ENTRY = Pattern.compile("\"([A-Z_]+)\"\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)");

    private TransferItems() {}

    static String json(Map<TransferItem, BigDecimal> items) {
        if (items.isEmpty()) return null;
        return items.entrySet().stream().map(e -> "\"" + e.getKey().name() + "\": " + e.getValue().toPlainString())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static Map<TransferItem, BigDecimal> parse(Object stored) {
        Map<TransferItem, BigDecimal> items = new EnumMap<>(TransferItem.class);
        if (stored == null) return items;
        Matcher m = ENTRY.matcher(stored.toString());
        while (m.find()) items.put(TransferItem.valueOf(m.group(1)), new BigDecimal(m.group(2)));
        return items;
    }
}
