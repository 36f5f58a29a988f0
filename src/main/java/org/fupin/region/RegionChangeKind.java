package org.fupin.region;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The kinds of change a 区划变更表 lists (ADR 0037): 更名 (new name, or a re-issued code), 合并 (old merged into
 * new), 拆分 (new split off old, which stays), 迁移 (moved under another parent, with a new code), 新设, 撤销.
 * Labels under {@code region.change.kind.<NAME>}.
 */
public enum RegionChangeKind {
    RENAME, MERGE, SPLIT, MOVE, NEW, ABOLISH;

    public String labelKey() { return "region.change.kind." + name(); }

    /** The kind whose Chinese or English label, or name, the text is. */
    public static Optional<RegionChangeKind> parse(String text, BiFunction<String, Locale, String> labels) {
        String t = text == null ? "" : text.strip();
        for (RegionChangeKind kind : values()) {
            if (kind.name().equalsIgnoreCase(t) || labels.apply(kind.labelKey(), Locale.ROOT).equals(t)
                    || labels.apply(kind.labelKey(), Locale.ENGLISH).equalsIgnoreCase(t)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
