package org.fupin.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * A pooled connection whose role and {@code fupin.scope} hold for one transaction only (issue #28: pgbouncer in
 * transaction mode hands each transaction any server connection, so nothing may be left on the session). Before the
 * first statement of each transaction, {@code set_config(..., true)} sets the restricted role and the current
 * {@link DatabaseScope}; both end with the commit or rollback.
 * <p>
 * A caller in autocommit mode (a query outside any Spring transaction) gets the same: its statements run in one
 * transaction of this connection's own, begun with the scope and committed when the connection is closed; to the
 * caller the connection still reports autocommit.
 */
final class ScopedConnection implements InvocationHandler {

    static final String SCOPE_SQL = "select set_config('role', ?, true), set_config('fupin.scope', ?, true)";

    /** Methods that send no SQL of the caller's, or that end a transaction: they need no scope. */
    private static final Set<String> PASSIVE = Set.of("isClosed", "abort", "setReadOnly", "isReadOnly",
            "setTransactionIsolation", "getTransactionIsolation", "getWarnings", "clearWarnings", "isValid",
            "setNetworkTimeout", "getNetworkTimeout", "setHoldability", "getHoldability", "setClientInfo",
            "getClientInfo", "isWrapperFor", "toString");

    private final Connection target;
    /** The current transaction has the role and the scope. */
    private boolean scoped;
    /** The caller is in autocommit mode and its statements run in a transaction of ours, committed on close. */
    private boolean implicit;

    private ScopedConnection(Connection target) {
        this.target = target;
    }

    static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(ScopedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ScopedConnection(target));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean noArgs = args == null || args.length == 0;
        switch (name) {
            case "equals": return proxy == args[0];
            case "hashCode": return System.identityHashCode(proxy);
            case "getAutoCommit": return implicit || target.getAutoCommit();
            case "setAutoCommit": setAutoCommit((Boolean) args[0]); return null;
            case "close": close(); return null;
            case "unwrap": if (((Class<?>) args[0]).isInstance(proxy)) return proxy; break;
            case "commit", "rollback": if (noArgs) { end(name.equals("commit"), method); return null; } break;
            default: break;
        }
        if (!PASSIVE.contains(name)) scope();
        return invokeTarget(method, args);
    }

    private void setAutoCommit(boolean autoCommit) throws SQLException {
        endImplicit(true);
        target.setAutoCommit(autoCommit);
        scoped = false;
    }

    private void close() throws SQLException {
        try {
            endImplicit(true);
        } finally {
            target.close();
        }
    }

    /** A commit or rollback: the next statement begins a new transaction, which needs the settings again. */
    private void end(boolean commit, Method method) throws Throwable {
        if (implicit) endImplicit(commit);
        else invokeTarget(method, null);
        scoped = false;
    }

    private Object invokeTarget(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Sets the role and the scope for the transaction, beginning one of our own for an autocommit caller. */
    private void scope() throws SQLException {
        if (scoped) return;
        if (target.getAutoCommit()) {
            target.setAutoCommit(false);
            implicit = true;
        }
        try (PreparedStatement set = target.prepareStatement(SCOPE_SQL)) {
            set.setString(1, ScopedDataSource.ROLE);
            set.setString(2, DatabaseScope.current());
            set.execute();
        }
        scoped = true;
    }

    /** Ends the transaction begun for an autocommit caller; a failed commit is rolled back and reported. */
    private void endImplicit(boolean commit) throws SQLException {
        if (!implicit) return;
        implicit = false;
        scoped = false;
        try {
            if (commit) target.commit();
            else target.rollback();
        } catch (SQLException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(true);
        }
    }
}
