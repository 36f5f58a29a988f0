package org.fupin.dictionary;

/** Normalises header and cell text: trims spaces (also the ideographic and the no-break space), folds full-width ASCII forms. */
public final class Text {

    private Text() {}

    public static String normalise(String raw) {
        if (raw == null) return "";
        if (!anyFolds(raw)) return raw.strip();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (folds(c)) c = ' ';
            out.append(c);
        }
        return out.toString().strip();
    }

    /**
     * Whether any character is folded (a full-width ASCII form or a wide space). Most cells have none, and then no
     * copy is made (the import's hottest path, BENCHMARKS.md).
     */
    private static boolean anyFolds(String raw) {
        for (int i = 0; i < raw.length(); i++) if (folds(raw.charAt(i))) return true;
        return false;
    }

    private static boolean folds(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000' || c == '\u00A0';
    }

    public static boolean isBlank(String raw) {
        return normalise(raw).isEmpty();
    }
}
