package org.fupin.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

    private final Chars reader;
    private int rowNumber;

    CsvTable(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE + 16);
        Charset charset = detect(in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new Chars(in, decoder);
    }

    /**
     * The file's characters, decoded a block at a time (a reader's lock and call per character cost half of reading a
     * registry file; issue #22). Undecodable bytes are reported when reading reaches them, not when their block is
     * decoded, so the error names the row it is in, as before.
     */
    private static final class Chars {
        private static final int BLOCK = 1 << 16;

        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        private final CharBuffer chars = CharBuffer.allocate(BLOCK);
        private CoderResult error;
        private boolean end;
        private boolean flushed;

        Chars(InputStream in, CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
            bytes.flip();
            chars.flip();
        }

        int read() throws IOException {
            if (!chars.hasRemaining() && !fill()) return -1;
            return chars.get();
        }

        /** Steps back over the character just read. */
        void unread(int c) {
            chars.position(chars.position() - 1);
        }

        private boolean fill() throws IOException {
            if (error != null) error.throwException();
            if (flushed) return false;
            chars.clear();
            while (chars.position() == 0 && error == null) {
                if (!end) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) end = true;
                    else bytes.position(bytes.position() + n);
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) error = result;
                else if (end && result.isUnderflow()) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
            }
            chars.flip();
            if (chars.hasRemaining()) return true;
            if (error != null) error.throwException();
            return false;
        }

        void close() throws IOException {
            in.close();
        }
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
