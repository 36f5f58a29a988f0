package org.fupin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fupin.assistance.CadreFlag;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.MeasureStatus;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.UnitLevel;
import org.fupin.assistance.WorkTeams;
import org.fupin.assistance.domain.LoanPurpose;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Synthetic assistance of the demo county, entered through the assistance facades like a clerk would: county
 * units linked to villages, one cadre for about four households, the full "3+2+1" with a first secretary and a
 * work team in each of the five poor villages (the seed's numbers: see {@code staff}), visits in the months before the load day (some cadres none, so
 * the alerts have something to show), a measure per household, micro-credit loans and planned exit years. Deterministic except for
 * the dates relative to the load day.
 */
@Component
class DemoAssistance {

    private static final RegionScope ALL = RegionScope.ALL;
    private static final String[] CATEGORIES = {"INDUSTRY", "EMPLOYMENT", "EDUCATION", "HEALTH", "HOUSING",
            "SOCIAL_SECURITY", "ASSET_INCOME", "ECOLOGY"};

    private final Organisations organisations;
    private final Pairings pairings;
    private final WorkTeams teams;
    private final HouseholdAssistance assistance;
    private final HouseholdRegistry registry;
    private final MessageSource messages;
    private org.fupin.assistance.BattlePlan battlePlan;

    @org.springframework.beans.factory.annotation.Autowired
    void setBattlePlan(org.fupin.assistance.BattlePlan battlePlan) { this.battlePlan = battlePlan; }

    DemoAssistance(Organisations organisations, Pairings pairings, WorkTeams teams, HouseholdAssistance assistance,
                   HouseholdRegistry registry, MessageSource messages) {
        this.organisations = organisations;
        this.pairings = pairings;
        this.teams = teams;
        this.assistance = assistance;
        this.registry = registry;
        this.messages = messages;
    }

    /** Loads once: does nothing when the county already has helping units. */
    @org.springframework.transaction.annotation.Transactional
    public void load(List<String> villages, int year, LocalDate today) {
        if (organisations.units(ALL).stream().anyMatch(u -> u.regionCode().startsWith("620721"))) return;
        Random random = new Random(2016);
        String[] names = DemoGenerator.names();
        List<Long> units = new ArrayList<>();
        for (String key : text("assistance.demo.units").split(",")) {
            units.add(id(organisations.addUnit(ALL, key, UnitLevel.COUNTY, "620721000000")));
        }
        long city = id(organisations.addUnit(ALL, text("assistance.demo.cityUnit"), UnitLevel.CITY, "620700000000"));
        int poor = 0;
        for (int v = 0; v < villages.size(); v++) {
            String village = villages.get(v);
            long unit = v % 7 == 3 ? city : units.get(v % units.size());
            organisations.linkVillage(ALL, unit, village, LocalDate.of(year, 1, 1));
            List<HouseholdRow> households = registry.households(ALL, village, year, 0, 500).rows();
            List<Long> cadres = new ArrayList<>();
            for (int c = 0; c < Math.max(1, (households.size() + 3) / 4); c++) {
                cadres.add(cadre(unit, name(names, random), random, c == 0 && DemoCounty.villageClass(villages, v) == 0
                        ? List.of(CadreFlag.FIRST_SECRETARY, CadreFlag.TEAM_LEADER) : List.of()));
            }
            if (DemoCounty.villageClass(villages, v) == 0) staff(poor++, village, year, unit, cadres, names, random, today);
            for (int h = 0; h < households.size(); h++) {
                assist(households.get(h), cadres.get(h / 4), h, year, random, today);
            }
        }
    }

    /**
     * The "3+2+1" of the p-th poor village, every slot filled: county, township and village leaders (the village one a
     * college-graduate official), the county and township units, and a work team led by the first secretary with
     * two or three seconded members — 5 teams and 12 seconded cadres in all, 9 college graduates (a second one in
     * four of the villages), as the seed reports.
     */
    private void staff(int p, String village, int year, long unit, List<Long> cadres, String[] names, Random random,
                       LocalDate today) {
        String township = RegionCode.of(village).parent().orElseThrow().value();
        long townshipUnit = id(organisations.addUnit(ALL, text("assistance.demo.townshipUnit") + (p + 1),
                UnitLevel.TOWNSHIP, township));
        battlePlan.planVillage(ALL, village, year + 2 + p % 3);
        long countyLeader = cadre(unit, name(names, random), random, List.of());
        organisations.assignLeader(ALL, countyLeader, village, "COUNTY", LocalDate.of(year, 1, 1));
        long townshipLeader = cadre(townshipUnit, name(names, random), random, List.of());
        organisations.assignLeader(ALL, townshipLeader, village, "TOWNSHIP", LocalDate.of(year, 1, 1));
        organisations.linkVillage(ALL, townshipUnit, village, LocalDate.of(year, 1, 1));
        long villageLeader = cadre(townshipUnit, name(names, random), random, List.of(CadreFlag.COLLEGE_GRADUATE));
        organisations.assignLeader(ALL, villageLeader, village, "VILLAGE", LocalDate.of(year, 1, 1));
        if (p < 4) cadre(townshipUnit, name(names, random), random, List.of(CadreFlag.COLLEGE_GRADUATE));
        List<WorkTeams.Member> members = new ArrayList<>(List.of(new WorkTeams.Member(cadres.get(0), true)));
        for (int m = 0; m < (p < 3 ? 2 : 3); m++) {
            members.add(new WorkTeams.Member(cadre(unit, name(names, random), random,
                    List.of(CadreFlag.TEAM_MEMBER, CadreFlag.SECONDED)), false));
        }
        LocalDate start = today.minusMonths(6 + random.nextInt(12)).withDayOfMonth(1);
        id(teams.send(ALL, village, unit, start, start.plusYears(2), members));
    }

    private void assist(HouseholdRow household, long cadre, int h, int year, Random random, LocalDate today) {
        pairings.pair(ALL, cadre, household.id(), LocalDate.of(year, 3, 1 + h % 28));
        battlePlan.planHousehold(ALL, household.id(), year + 1 + h % 4);
        if (cadre % 9 != 4) {
            pairings.logVisit(ALL, cadre, household.id(), today.minusDays(5 + random.nextInt(150)),
                    text("assistance.demo.visit" + random.nextInt(3)), null);
        }
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        assistance.addMeasure(ALL, household.id(), new HouseholdAssistance.NewMeasure(category,
                text("assistance.demo.measure." + category), BigDecimal.valueOf(500L * (1 + random.nextInt(20)), 0),
                LocalDate.of(year + 1, 1 + random.nextInt(12), 1), MeasureStatus.values()[random.nextInt(3)],
                null));
        if (h % 5 == 1) {
            assistance.addLoan(ALL, household.id(), new HouseholdAssistance.NewLoan(1, text("assistance.demo.bank"),
                    BigDecimal.valueOf(10000L * (1 + random.nextInt(5))), 36, LocalDate.of(year + 1, 4, 1),
                    new BigDecimal("0.0475"), BigDecimal.ONE, h % 2 == 0 ? LoanPurpose.PLANTING : LoanPurpose.BREEDING));
        }
    }

    private long cadre(long unit, String name, Random random, List<CadreFlag> flags) {
        String phone = String.format(java.util.Locale.ROOT, "139%08d", random.nextInt(100_000_000));
        return id(organisations.addCadre(ALL, new Organisations.NewCadre(unit, name, text("assistance.demo.post"), phone,
                flags)));
    }

    private static String name(String[] names, Random random) {
        String[] surnames = names[1].split(" ");
        String[] given = names[2].split(" ");
        return surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                + (random.nextBoolean() ? given[random.nextInt(given.length)] : "");
    }

    private String text(String key) {
        return messages.getMessage(key, null, java.util.Locale.ROOT);
    }

    private static long id(Outcome outcome) {
        if (!outcome.accepted()) throw new IllegalStateException("Demo assistance refused: " + outcome.reasons());
        return outcome.id();
    }
}
