package org.fupin.dictionary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dictionary (code list) as valid in one year: codes with their labels and accepted aliases.
 * Lookups normalise the input the same way headers are normalised (spaces, full-width brackets and digits).
 */
public final class CodeList {

    /** A code with its label, in the list's display order. */
    public record Entry(String code, String label) {}

    private final String name;
    private final Map<String, Entry> byLabel = new LinkedHashMap<>();
    private final Map<String, Entry> byCode = new LinkedHashMap<>();

    public CodeList(String name) { this.name = name; }

    public CodeList add(String code, String label, List<String> aliases) {
        Entry entry = new Entry(code, label);
        byCode.put(code, entry);
        byLabel.put(Text.normalise(label), entry);
        aliases.forEach(alias -> byLabel.putIfAbsent(Text.normalise(alias), entry));
        return this;
    }

    public String name() { return name; }

    /** The entry whose label (or alias) matches {@code raw}. */
    public Optional<Entry> byLabel(String raw) {
        return Optional.ofNullable(byLabel.get(Text.normalise(raw)));
    }

    public Optional<String> label(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Entry::label);
    }

    public List<Entry> entries() { return List.copyOf(byCode.values()); }

    public Map<String, Entry> asMap() { return Collections.unmodifiableMap(byCode); }
}
