package org.fupin.system;

/**
 * What the current thread's request asked of the replica ({@link ReplicaReads}) and whether the replica served it:
 * set by {@link ReplicaInterceptor} around the handler, read by {@link RoutedDataSource} when a read-only
 * transaction takes its connection.
 */
final class ReplicaRequest {

    private static final ThreadLocal<ReplicaRequest> CURRENT = new ThreadLocal<>();

    private boolean served;

    private ReplicaRequest() {}

    static void begin() {
        CURRENT.set(new ReplicaRequest());
    }

    static void end() {
        CURRENT.remove();
    }

    /** The current request may read from the replica. */
    static boolean wanted() {
        return CURRENT.get() != null;
    }

    static void markServed() {
        ReplicaRequest request = CURRENT.get();
        if (request != null) request.served = true;
    }

    /** The replica served at least one of the request's transactions. */
    static boolean served() {
        ReplicaRequest request = CURRENT.get();
        return request != null && request.served;
    }
}
