package org.fupin.dictionary;

/** Normalises header and cell text: trims spaces (also the ideographic and the no-break space), folds full-width ASCII forms. */
public final class Text {

    private Text() {}

    public static String normalise(String raw) {
        if (raw == null) return "";
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000' || c == '\u00A0') c = ' ';
            out.append(c);
        }
        return out.toString().strip();
    }

    public static boolean isBlank(String raw) {
        return normalise(raw).isEmpty();
    }
}
