package org.fupin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's shared-string table before the reader loads it whole into memory (issue #23: a 409 KB file
 * holding one 400 MB string took 2.4 GB of heap). Excel itself keeps a cell under 32,767 characters, so a text
 * longer than {@link #MAX_TEXT_BYTES} is no spreadsheet a person made; and the table as a whole is bounded.
 */
final class WorkbookGuard {

    /** A text node longer than this (bytes, about 10 times Excel's cell limit in UTF-8) refuses the file. */
    static final int MAX_TEXT_BYTES = 1 << 20;
    /** The shared-string table may hold at most this much (bytes, uncompressed). */
    static final long MAX_SHARED_STRINGS = 512L << 20;

    /** Thrown for a workbook the reader must not load; its message is numbers only, readable in any language. */
    static final class TooLarge extends IOException {
        private final long megabytes;
        private final long limitMegabytes;

        TooLarge(long bytes, long limit) {
            super((bytes >> 20) + " MB > " + (limit >> 20) + " MB");
            this.megabytes = bytes >> 20;
            this.limitMegabytes = limit >> 20;
        }

        long megabytes() { return megabytes; }

        long limitMegabytes() { return limitMegabytes; }
    }

    private WorkbookGuard() {}

    /**
     * Refuses a workbook whose shared-string table is too large, or which holds anywhere — shared strings or a
     * worksheet's inline strings and values, which the streaming reader also reads whole, cell by cell — one text
     * longer than {@link #MAX_TEXT_BYTES}. Worksheets are scanned as they stream, without being held.
     */
    static void check(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String strings = sharedStringsPart(zip);
            // every part, wherever the workbook's own index puts it (the reader follows that index, not fixed names)
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) scan(zip, entry, entry.getName().equals(strings) ? MAX_SHARED_STRINGS : Long.MAX_VALUE);
            }
        }
    }

    private static final Pattern SHARED_STRINGS = Pattern.compile(
            "PartName=\"/?([^\"]+)\"\\s+ContentType=\"[^\"]*sharedStrings\\+xml\"");

    /** The shared-string part as {@code [Content_Types].xml} names it (the reader looks it up there). */
    private static String sharedStringsPart(ZipFile zip) throws IOException {
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null || types.getSize() > MAX_TEXT_BYTES) return "xl/sharedStrings.xml";
        try (InputStream in = zip.getInputStream(types)) {
            Matcher m = SHARED_STRINGS.matcher(new String(in.readNBytes(MAX_TEXT_BYTES), java.nio.charset.StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "xl/sharedStrings.xml";
        }
    }

    private static void scan(ZipFile zip, ZipEntry entry, long maxTotal) throws IOException {
        long total = 0;
        long run = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total += n;
                if (total > maxTotal) throw new TooLarge(total, maxTotal);
                for (int i = 0; i < n; i++) {
                    run = buffer[i] == '<' ? 0 : run + 1;
                    if (run > MAX_TEXT_BYTES) throw new TooLarge(run, MAX_TEXT_BYTES);
                }
            }
        }
    }
}
