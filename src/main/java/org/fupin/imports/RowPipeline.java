package org.fupin.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pass 1 of the registry import on two threads (issue #22): this one reads the rows of the file and turns each into
 * what the importing thread needs (its findings, the values to copy), while the importing thread adds the findings
 * in row order and copies the rows into staging. Batches go through a bounded queue, so at most
 * {@code CAPACITY × BATCH} rows are held; a failure while reading (an unreadable file, a workbook too large) arrives
 * in its place in the order, with the number of the last row read, and is thrown by {@link #take()} as it was thrown.
 */
final class RowPipeline<T> implements AutoCloseable {

    static final int BATCH = 500;
    private static final int CAPACITY = 8;

    /** Rows handed over together; {@code failure} or {@code end} only in the last batch. */
    record Batch<T>(List<T> rows, int lastRow, Throwable failure, boolean end) {}

    /** Turns one row into its result; may throw as parsing does. */
    interface Work<T> {
        T apply(Table.Row row);
    }

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread reader;
    private volatile boolean cancelled;

    RowPipeline(Table table, Work<T> work) {
        reader = new Thread(() -> read(table, work), "registry-import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next batch, in file order. */
    Batch<T> take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the file", e);
        }
    }

    /** Throws the reading thread's failure as it was thrown there. */
    static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) throw io;
        if (failure instanceof RuntimeException runtime) throw runtime;
        if (failure instanceof Error error) throw error;
        throw new IllegalStateException(failure);
    }

    private void read(Table table, Work<T> work) {
        List<T> rows = new ArrayList<>(BATCH);
        int lastRow = 1;
        try {
            for (Table.Row row = table.next(); row != null; row = table.next()) {
                lastRow = row.number();
                if (row.isBlank()) continue;
                rows.add(work.apply(row));
                if (rows.size() == BATCH) {
                    if (!put(new Batch<>(rows, lastRow, null, false))) return;
                    rows = new ArrayList<>(BATCH);
                }
            }
            put(new Batch<>(rows, lastRow, null, true));
        } catch (IOException | RuntimeException | Error e) {
            put(new Batch<>(rows, lastRow, e, true));
        }
    }

    /** False when the importing thread has given up (its copy failed), so the reader stops. */
    private boolean put(Batch<T> batch) {
        try {
            while (!cancelled) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the reading thread (if it still runs) and waits for it, so the file can be closed. */
    @Override
    public void close() {
        cancelled = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
