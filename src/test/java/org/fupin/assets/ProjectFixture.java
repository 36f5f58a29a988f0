package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fupin.assistance.Outcome;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.region.RegionScope;

/** Takes a library project from 申报 to 竣工 with payments from two fund sources, through the funds module's API. */
record ProjectFixture(ProjectLibrary library, Funds funds) {

    static final RegionScope ALL = RegionScope.ALL;

    /** A completed project of 2024 in the village, paid 80 000 from central and 20 000 from county funds. */
    long completed(String village, String name, String document) {
        long project = ok(library.apply(ALL, 2024, fields(village, name), new BigDecimal("100000.00"),
                LocalDate.of(2024, 2, 1)));
        ok(library.setPublicity(ALL, project, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)).orElseThrow());
        step(project, ProjectStatus.REVIEWED, LocalDate.of(2024, 3, 2));
        step(project, ProjectStatus.IN_LIBRARY, LocalDate.of(2024, 3, 20));
        step(project, ProjectStatus.IMPLEMENTING, LocalDate.of(2024, 4, 1));
        long central = ok(funds.allocate(ALL, village.substring(0, 6) + "000000", 2024, FundSource.CENTRAL,
                document + "-1", new BigDecimal("80000.00"), LocalDate.of(2024, 1, 10)));
        long county = ok(funds.allocate(ALL, village.substring(0, 6) + "000000", 2024, FundSource.COUNTY,
                document + "-2", new BigDecimal("20000.00"), LocalDate.of(2024, 1, 10)));
        ok(funds.disburse(ALL, central, project, LocalDate.of(2024, 5, 1), new BigDecimal("80000.00"), "施工方").orElseThrow());
        ok(funds.disburse(ALL, county, project, LocalDate.of(2024, 6, 1), new BigDecimal("20000.00"), "施工方").orElseThrow());
        step(project, ProjectStatus.COMPLETED, LocalDate.of(2024, 9, 1));
        return project;
    }

    private void step(long project, ProjectStatus to, LocalDate date) {
        assertThat(library.advance(ALL, project, to, date).orElseThrow().reasons()).as(to.name()).isEmpty();
    }

    static long ok(Outcome outcome) {
        assertThat(outcome.reasons()).isEmpty();
        return outcome.id();
    }

    private static ProjectFields fields(String village, String name) {
        return new ProjectFields(name, "INDUSTRY", "NEW", village, "2024年3月至9月", "县农业农村局",
                "新建蔬菜大棚20座、村道硬化1公里", "中央和县级衔接资金", "脱贫户30户", "带动30户户均增收800元",
                "资产收益分红");
    }
}
