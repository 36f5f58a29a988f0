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
        for (int i = 0; i < values.length; i++) {
            if (i > 0) buffer.append(',');
            Object v = values[i];
            if (v == null) continue;
            if (v instanceof Collection<?> list) quote(arrayLiteral(list));
            else if (v instanceof Boolean b) buffer.append(b ? 't' : 'f');
            else quote(v.toString());
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) flush();
    }

    public long rows() { return rows; }

    private void quote(String s) {
        buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
    }

    private static String arrayLiteral(Collection<?> list) {
        StringBuilder out = new StringBuilder("{");
        for (Object item : list) {
            if (out.length() > 1) out.append(',');
            out.append('"').append(item.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
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
