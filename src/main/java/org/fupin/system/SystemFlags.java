package org.fupin.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Named facts about this installation (e.g. that the demo county was loaded), kept in {@code system_flag}. */
@Component
public class SystemFlags {

    /** Set when the demo county has been loaded: every page then says 演示数据. */
    public static final String DEMO_DATA = "demo-data";

    private final JdbcClient jdbc;

    SystemFlags(JdbcClient jdbc) { this.jdbc = jdbc; }

    public boolean isSet(String name) {
        return jdbc.sql("select exists (select 1 from system_flag where name = :name)").param("name", name)
                .query(Boolean.class).single();
    }

    public void set(String name) {
        jdbc.sql("insert into system_flag (name, value) values (:name, 'true') on conflict (name) do nothing")
                .param("name", name).update();
    }
}
