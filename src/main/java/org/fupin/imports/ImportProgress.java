package org.fupin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far one registry import has come (issue #22): the pass it is in, the rows read, the rows and households
 * checked, and an estimate of the time left. Written by the import's thread, read by any other (a page polling it,
 * the command line printing it), so every field is volatile and a {@link Snapshot} is taken at once.
 */
public final class ImportProgress {

    /** The passes in their order; QUEUED before the import starts, DONE once its report is ready. */
    public enum Pass { QUEUED, READING, CHECKING_FILE, HOUSEHOLDS, WRITING, DONE }

    /** What a reader sees: {@code expectedRows} and {@code secondsLeft} are -1 while they cannot be estimated. */
    public record Snapshot(Pass pass, long rowsRead, long householdsChecked, long expectedRows, int percent,
                           long secondsLeft) {}

    private static final int ESTIMATE_BYTES = 1 << 20;

    private volatile Pass pass = Pass.QUEUED;
    private volatile long rowsRead;
    private volatile long rowsChecked;
    private volatile long householdsChecked;
    private volatile long expectedRows = -1;
    private volatile long started;

    void start(Path file) {
        started = System.nanoTime();
        expectedRows = estimateRows(file);
        pass = Pass.READING;
    }

    void pass(Pass next) {
        if (next == Pass.HOUSEHOLDS) expectedRows = rowsRead;
        pass = next;
    }

    void rowRead() { rowsRead++; }

    void householdChecked(int rows) {
        householdsChecked++;
        rowsChecked += rows;
    }

    /** Marks the import finished, whatever its outcome. */
    public void done() { pass = Pass.DONE; }

    public Snapshot snapshot() {
        Pass now = pass;
        double fraction = fraction(now);
        long left = -1;
        if (now != Pass.DONE && fraction >= 0.02 && started != 0) {
            double elapsed = (System.nanoTime() - started) / 1e9;
            left = Math.round(elapsed * (1 - fraction) / fraction);
        }
        return new Snapshot(now, rowsRead, householdsChecked, expectedRows, (int) Math.floor(fraction * 100), left);
    }

    /** Reading is about half the work, the households a third, the rest the checks across the file and the merge. */
    private double fraction(Pass now) {
        return switch (now) {
            case QUEUED -> 0;
            case READING -> expectedRows > 0 ? 0.45 * Math.min(1, (double) rowsRead / expectedRows) : 0;
            case CHECKING_FILE -> 0.45;
            case HOUSEHOLDS -> 0.5 + 0.35 * (expectedRows > 0 ? Math.min(1, (double) rowsChecked / expectedRows) : 0);
            case WRITING -> 0.85;
            case DONE -> 1;
        };
    }

    /**
     * The number of rows of a text file, estimated from the line breaks of its first megabyte (exact for a smaller
     * file); -1 for a workbook, whose compressed size says little.
     */
    static long estimateRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ESTIMATE_BYTES);
            if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') return -1;
            long lines = 0;
            for (byte b : head) if (b == '\n') lines++;
            if (head.length < ESTIMATE_BYTES) return Math.max(0, lines - 1);
            return lines == 0 ? -1 : Files.size(file) * lines / head.length;
        } catch (IOException e) {
            return -1;
        }
    }
}
