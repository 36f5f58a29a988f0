package org.fupin.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV, streamed. The encoding is UTF-8 when the file has a UTF-8 BOM or its first megabyte decodes as
 * UTF-8, else GB18030 (a superset of GBK, Excel's default on Chinese Windows). Undecodable bytes are an error,
 * never silently replaced.
 */
final class CsvTable implements Table {

    private static final int SAMPLE = 1 << 20;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final PushbackReader reader;
    private int rowNumber;

    CsvTable(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE + 16);
        Charset charset = detect(in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
    }

    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 16);
        byte[] head = in.readNBytes(SAMPLE);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skip(3);
            return StandardCharsets.UTF_8;
        }
        int end = head.length;
        if (end == SAMPLE) {
            // do not judge a multi-byte character cut at the sample boundary
            while (end > 0 && (head[end - 1] & 0xC0) == 0x80) end--;
            if (end > 0 && (head[end - 1] & 0x80) != 0) end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    @Override
    public Row header() throws IOException {
        return next();
    }

    @Override
    public Row next() throws IOException {
        int c = reader.read();
        if (c == -1) return null;
        reader.unread(c);
        rowNumber++;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            c = reader.read();
            if (quoted) {
                if (c == -1) break;
                if (c == '"') {
                    int n = reader.read();
                    if (n == '"') cell.append('"');
                    else {
                        quoted = false;
                        if (n != -1) reader.unread(n);
                    }
                } else cell.append((char) c);
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                int n = reader.read();
                if (n != '\n' && n != -1) reader.unread(n);
                break;
            } else if (c == '\n' || c == -1) {
                break;
            } else cell.append((char) c);
        }
        cells.add(cell.toString());
        return new Row(rowNumber, cells);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
