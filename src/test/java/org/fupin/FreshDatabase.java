package org.fupin;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.fupin.system.Database;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.util.AopTestUtils;

/**
 * Each test class starts on a fresh copy of the freshly started application's database (ADR 0021): the first class
 * of a Spring context snapshots the migrated database {@code fupin} (with what the start-up adds, user
 * {@code admin}) as {@code fupin_template}; before every class {@code fupin} is dropped and copied again from it,
 * the pool forgets its connections to the dropped database and the in-memory state read from it is cleared.
 * No class sees another's rows, and no test needs to clean up after itself for the next class.
 */
public class FreshDatabase implements BeforeAllCallback {

    /** The application's database in tests (see {@link FupinTest}). */
    static final String NAME = "fupin";
    static final String TEMPLATE = "fupin_template";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshDatabase.class);

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        Database database = context.getBean(Database.class);
        if (!database.isEmbedded() || !database.url().contains("/" + NAME + "?")) {
            throw new IllegalStateException("FreshDatabase needs the embedded database named " + NAME + ", not "
                    + database.url());
        }
        HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        ExtensionContext.Store store = extension.getRoot().getStore(NAMESPACE);
        store.computeIfAbsent(database, d -> snapshot(database, pool), Boolean.class);
        long start = System.nanoTime();
        pool.getHikariPoolMXBean().softEvictConnections();
        try (Connection maintenance = maintenance(database); Statement sql = maintenance.createStatement()) {
            sql.execute("drop database " + NAME + " with (force)");
            sql.execute("create database " + NAME + " template " + TEMPLATE + " strategy file_copy");
        }
        pool.getHikariPoolMXBean().softEvictConnections();
        forgetWhatWasReadFromTheDatabase(context);
        org.slf4j.LoggerFactory.getLogger(FreshDatabase.class).info("fresh database for {} in {} ms",
                extension.getRequiredTestClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Once per context, right after its start: nothing but migrations and start-up has written yet. */
    private static Boolean snapshot(Database database, HikariDataSource pool) {
        try (Connection maintenance = maintenance(database); Statement sql = maintenance.createStatement()) {
            sql.execute("drop database if exists " + TEMPLATE);
            // No connection may be open on the source of a copy: shut the door, then close the pool's connections.
            sql.execute("alter database " + NAME + " with allow_connections false");
            try {
                pool.getHikariPoolMXBean().softEvictConnections();
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = '" + NAME + "' and pid <> pg_backend_pid()");
                createTemplate(sql);
            } finally {
                sql.execute("alter database " + NAME + " with allow_connections true");
            }
            return Boolean.TRUE;
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("Could not snapshot the test database as " + TEMPLATE, e);
        }
    }

    /** pg_terminate_backend only signals; a terminated backend can still be counted as using the source briefly. */
    private static void createTemplate(Statement sql) throws SQLException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                sql.execute("create database " + TEMPLATE + " template " + NAME + " strategy file_copy");
                return;
            } catch (SQLException e) {
                if (!"55006".equals(e.getSQLState()) || attempt == 50) throw e;
                Thread.sleep(100);
            }
        }
    }

    /** The owner, on the maintenance database {@code postgres} of the embedded cluster. */
    private static Connection maintenance(Database database) throws SQLException {
        return DriverManager.getConnection(database.embedded().getJdbcUrl(database.user(), "postgres"),
                database.user(), database.password());
    }

    /** The beans that keep rows of the database in memory; the next call reads the new copy. */
    private static void forgetWhatWasReadFromTheDatabase(ApplicationContext context) throws ReflectiveOperationException {
        Object dictionaries = context.getBean(org.fupin.dictionary.Dictionaries.class);
        clear(dictionaries, "cache");
        clear(dictionaries, "rows");
        clear(context.getBean("loginAttempts"), "states");
    }

    /** Empties a map field or sets the field to null; fails loudly when the field is gone (renamed in main code). */
    private static void clear(Object bean, String name) throws ReflectiveOperationException {
        Object target = AopTestUtils.getUltimateTargetObject(bean);
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        if (field.get(target) instanceof Map<?, ?> map) map.clear();
        else field.set(target, null);
    }
}
