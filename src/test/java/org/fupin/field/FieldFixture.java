package org.fupin.field;

import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.CadreFlag;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.UnitLevel;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A village cadre of the sample county for the phone tests: the cadre 田野 of the township's station, paired with the
 * first {@code paired} households of the village, and the user {@code tianye} (real name 田野) bound to the village.
 */
public record FieldFixture(long cadreId, List<HouseholdRow> households) {

    public static final String VILLAGE = "620721101201";
    public static final String OTHER_VILLAGE = "620721101203";
    public static final String USER = "tianye";
    public static final String PASSWORD = "Caoyuan2026go";
    public static final String NAME = "田野";
    public static final String UNIT = "北极乡扶贫工作站";

    public static FieldFixture create(Organisations organisations, Pairings pairings, UserAdministration users,
                                      HouseholdRegistry registry, JdbcClient jdbc, int paired) {
        organisations.addUnit(RegionScope.ALL, UNIT, UnitLevel.TOWNSHIP, VILLAGE.substring(0, 9) + "000");
        long unit = organisations.units(RegionScope.ALL).stream().filter(u -> u.name().equals(UNIT)).findFirst().orElseThrow().id();
        organisations.addCadre(RegionScope.ALL, new Organisations.NewCadre(unit, NAME, "站长", "13800138000",
                List.of(CadreFlag.TEAM_MEMBER)));
        organisations.addCadre(RegionScope.ALL, new Organisations.NewCadre(unit, "林草", "干部", "13900139000",
                List.of(CadreFlag.TEAM_MEMBER)));
        organisations.linkVillage(RegionScope.ALL, unit, VILLAGE, LocalDate.of(2020, 1, 1));
        long cadre = organisations.cadres(RegionScope.ALL).stream().filter(c -> c.name().equals(NAME)).findFirst()
                .orElseThrow().id();
        int year = registry.years(RegionScope.ALL).get(0);
        List<HouseholdRow> rows = registry.households(RegionScope.ALL, VILLAGE, year, 0, 1000).rows();
        rows.stream().limit(paired).forEach(h -> pairings.pair(RegionScope.ALL, cadre, h.id(), LocalDate.of(2020, 1, 1)));
        if (!users.add(USER, Role.VILLAGE_CADRE, VILLAGE, PASSWORD).isEmpty()) throw new IllegalStateException("user");
        jdbc.sql("update app_user set real_name = :name where username = :user").param("name", NAME)
                .param("user", USER).update();
        return new FieldFixture(cadre, rows);
    }

    /** Moves a household (all its years and members) to the other village: out of the cadre's scope. */
    public static void moveOut(JdbcClient jdbc, HouseholdRow household) {
        jdbc.sql("update person set village_code = :other where household_id in (select id from household "
                + "where household_number = :number and village_code = :village)").param("other", OTHER_VILLAGE)
                .param("number", household.householdNumber()).param("village", VILLAGE).update();
        jdbc.sql("update household set village_code = :other where household_number = :number and village_code = :village")
                .param("other", OTHER_VILLAGE).param("number", household.householdNumber()).param("village", VILLAGE).update();
    }
}
