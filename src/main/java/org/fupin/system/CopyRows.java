package org.fupin.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}: the bulk path for imports. Values
 * are written as CSV fields (null as an unquoted empty field); collections become array literals.
 */
public final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private long rows;

    public CopyRows(Connection connection, String copySql) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    public void row(Object... values) throws SQLException {
        append(buffer, values);
        rows++;
        if (buffer.length() >= FLUSH_AT) flush();
    }

    /**
     * Adds a row already written by {@link #format(Object...)}, so another thread can do the formatting (issue #22:
     * the registry import's reading thread formats, the importing thread copies).
     */
    public void formatted(String line) throws SQLException {
        buffer.append(line);
        rows++;
        if (buffer.length() >= FLUSH_AT) flush();
    }

    /** One row as {@link #row(Object...)} writes it, newline included. */
    public static String format(Object... values) {
        StringBuilder out = new StringBuilder(32 * values.length);
        append(out, values);
        return out.toString();
    }

    public long rows() { return rows; }

    private static void append(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(',');
            Object v = values[i];
            if (v == null) continue;
            if (v instanceof Collection<?> list) quote(out, arrayLiteral(list));
            else if (v instanceof Boolean b) out.append(b ? 't' : 'f');
            else quote(out, v.toString());
        }
        out.append('\n');
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        if (s.indexOf('"') < 0) out.append(s);
        else out.append(s.replace("\"", "\"\""));
        out.append('"');
    }

    private static String arrayLiteral(Collection<?> list) {
        StringBuilder out = new StringBuilder("{");
        for (Object item : list) {
            if (out.length() > 1) out.append(',');
            String text = item.toString();
            if (text.indexOf('\\') >= 0 || text.indexOf('"') >= 0) text = text.replace("\\", "\\\\").replace("\"", "\\\"");
            out.append('"').append(text).append('"');
        }
        return out.append('}').toString();
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
