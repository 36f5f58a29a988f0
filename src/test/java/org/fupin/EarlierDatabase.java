package org.fupin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.fupin.system.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test cluster, migrated to an earlier version, filled as the registry stood then and
 * migrated on to the latest: the scaffold of the migration tests. Closing it drops the database.
 */
public final class EarlierDatabase implements AutoCloseable {

    /** The regions from province 62 down to village 620721102206 and one household of that village in 2015. */
    public static final String ONE_HOUSEHOLD = """
            insert into region (code, name, level, parent_code) values
                ('620000000000', 'p', 'PROVINCE', null), ('620700000000', 'c', 'CITY', '620000000000'),
                ('620721000000', 'x', 'COUNTY', '620700000000'), ('620721102000', 't', 'TOWNSHIP', '620721000000'),
                ('620721102206', 'v', 'VILLAGE', '620721102000');
            insert into household (county_code, year, household_number, village_code, identification_standard,
                attribute, main_cause, poverty_status, wage_income, business_income, property_income, transfer_income,
                business_expense, member_count, net_income, net_income_per_capita, housing_safety,
                safe_drinking_water, has_electricity)
            values ('620721', 2015, '6207211500347', '620721102206', 'NATIONAL', 'GENERAL', 'LACK_OF_SKILLS', '0',
                1000, 0, 0, 0, 0, 1, 1000, 1000, 'A', true, true);
            """;

    /** {@link #ONE_HOUSEHOLD} with its one member (born 1989-09, ID hash 'hash'). */
    public static final String ONE_MEMBER = ONE_HOUSEHOLD + """
            insert into person (county_code, village_code, year, household_id, position, name, id_number,
                citizen_number, id_masked, relationship, male, birth_month, ethnicity, health, labour_skill,
                medical_insurance, pension_insurance)
            select '620721', '620721102206', 2015, id, 1, 'name', 'v1:x', 'hash', '620721***********7', '01', true,
                date '1989-09-01', '01', '{1}', '1', true, true
            from household;
            """;

    private final Database database;
    private final Flyway flyway;
    private final String name;

    private EarlierDatabase(Database database, Flyway flyway, String name) {
        this.database = database;
        this.flyway = flyway;
        this.name = name;
    }

    /** An empty database of that name, made anew (one left by an interrupted run is dropped first). */
    public static EarlierDatabase create(Database database, Flyway flyway, String name) throws SQLException {
        EarlierDatabase earlier = new EarlierDatabase(database, flyway, name);
        earlier.maintenance("drop database if exists " + name + " with (force)");
        earlier.maintenance("create database " + name);
        return earlier;
    }

    /** As a restore does: to an earlier version with the versioned migrations only, to "latest" with all. */
    public void migrate(String target) {
        var configuration = Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(url(name), database.user(), database.password()).target(target);
        if (!target.equals("latest")) configuration.repeatableSqlMigrationPrefix("NoRepeatableMigrationHasThisPrefix");
        configuration.load().migrate();
    }

    /** A connection as the owner, outside the application's scope and role. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(name), database.user(), database.password());
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url(name), database.user(), database.password()));
    }

    @Override
    public void close() throws SQLException {
        maintenance("drop database if exists " + name + " with (force)");
    }

    private void maintenance(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), database.user(), database.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private String url(String database) {
        return this.database.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }
}
