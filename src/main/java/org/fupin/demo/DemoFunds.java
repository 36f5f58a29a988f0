package org.fupin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.assistance.Outcome;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Synthetic project library and funds of the demo county for the year after a registry year: a central and a county
 * allocation; in every poor village a completed, announced industry project benefiting registered households and a
 * road project being carried out; in every consolidation village a water project (the first year only). Each goes
 * through every step.
 */
@Component
class DemoFunds {

    private static final RegionScope ALL = RegionScope.ALL;

    private final ProjectLibrary library;
    private final Funds funds;
    private final HouseholdRegistry registry;
    private final MessageSource messages;

    DemoFunds(ProjectLibrary library, Funds funds, HouseholdRegistry registry, MessageSource messages) {
        this.library = library;
        this.funds = funds;
        this.registry = registry;
        this.messages = messages;
    }

    @org.springframework.transaction.annotation.Transactional
    public void load(List<String> villages, int registryYear) {
        int year = registryYear + 1;
        if (!funds.allocations(ALL, "620721000000", year).isEmpty()) return;
        long central = id(funds.allocate(ALL, "620721000000", year, FundSource.CENTRAL, messages.getMessage("assistance.demo.documentCentral", new Object[] {year}, Locale.ROOT),
                new BigDecimal("3000000.00"), LocalDate.of(year, 1, 20)));
        long county = id(funds.allocate(ALL, "620721000000", year, FundSource.COUNTY, messages.getMessage("assistance.demo.documentCounty", new Object[] {year}, Locale.ROOT),
                new BigDecimal("1500000.00"), LocalDate.of(year, 2, 15)));
        for (int v = 0; v < villages.size(); v++) {
            String village = villages.get(v);
            if (DemoCounty.villageClass(villages, v) == 0) {
                long industry = project(village, year, "INDUSTRY", new BigDecimal("120000.00"));
                registry.households(ALL, village, registryYear, 0, 5).rows().stream().map(HouseholdRow::id)
                        .forEach(h -> library.addBeneficiary(ALL, industry, h));
                pay(central, industry, LocalDate.of(year, 4, 10), "80000.00");
                pay(central, industry, LocalDate.of(year, 7, 10), "40000.00");
                step(industry, ProjectStatus.COMPLETED, LocalDate.of(year, 9, 30));
                step(industry, ProjectStatus.ANNOUNCED, LocalDate.of(year, 10, 15));
                long road = project(village, year, "ROAD", new BigDecimal("60000.00"));
                pay(county, road, LocalDate.of(year, 5, 20), "30000.00");
            } else if (DemoCounty.villageClass(villages, v) == 1 && registryYear == DemoData.YEAR) {
                long water = project(village, year, "WATER", new BigDecimal("40000.00"));
                pay(county, water, LocalDate.of(year, 6, 1), "20000.00");
            }
        }
    }

    private long project(String village, int year, String kind, BigDecimal budget) {
        String prefix = "assistance.demo.project." + kind + ".";
        ProjectFields fields = new ProjectFields(text(prefix + "name"), text(prefix + "category"),
                text("assistance.demo.project.nature"), village, text("assistance.demo.project.schedule"),
                text(prefix + "unit"), text(prefix + "tasks"), text("assistance.demo.project.funding"),
                text(prefix + "beneficiaries"), text(prefix + "target"), text("assistance.demo.project.mechanism"));
        long id = id(library.apply(ALL, year, fields, budget, LocalDate.of(year, 1, 5)));
        step(id, ProjectStatus.REVIEWED, LocalDate.of(year, 1, 15));
        library.setPublicity(ALL, id, LocalDate.of(year, 1, 20), LocalDate.of(year, 2, 1));
        step(id, ProjectStatus.IN_LIBRARY, LocalDate.of(year, 2, 10));
        step(id, ProjectStatus.IMPLEMENTING, LocalDate.of(year, 3, 1));
        return id;
    }

    private void step(long project, ProjectStatus to, LocalDate date) {
        id(library.advance(ALL, project, to, date).orElseThrow());
    }

    private void pay(long allocation, long project, LocalDate date, String amount) {
        id(funds.disburse(ALL, allocation, project, date, new BigDecimal(amount), text("assistance.demo.payee"))
                .orElseThrow());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }

    private static long id(Outcome outcome) {
        if (!outcome.accepted()) throw new IllegalStateException("Demo funds refused: " + outcome.reasons());
        return outcome.id();
    }
}
