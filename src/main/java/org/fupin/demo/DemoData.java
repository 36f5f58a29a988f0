package org.fupin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.fupin.imports.ImportReport;
import org.fupin.facilities.FacilityImports;
import org.fupin.imports.Imports;
import org.fupin.system.SystemFlags;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The demo county (演示数据): Sunan's real township codes and village names with synthetic households and people.
 * The regions, the 村级基本情况 of 2014–2026, the 2015 facilities and the 2014 registry are imported through the
 * ordinary import path from files generated into a temporary folder; every later year is produced from the one
 * before by the product's own procedures (prefill, 动态调整 events, exit cases, village exits: {@link DemoYears}).
 */
@Service
public class DemoData {

    /** The year of the assistance, facilities and funds figures (the seed's year). */
    public static final int YEAR = 2015;

    private final Imports imports;
    private final SystemFlags flags;
    private final FacilityImports facilityImports;
    private final DemoGenerator generator;
    private final JdbcClient jdbc;
    private final DemoRanges ranges;
    private final DemoMaps maps;
    private DemoAssistance assistance;
    private DemoFunds funds;
    private DemoYears years;
    private DemoIndicators indicators;
    private DemoComparison comparison;
    private DemoMonitoring monitoring;

    @org.springframework.beans.factory.annotation.Autowired
    void setAssistance(DemoAssistance assistance, DemoFunds funds, DemoYears years, DemoIndicators indicators,
                       DemoComparison comparison, DemoMonitoring monitoring) {
        this.monitoring = monitoring;
        this.comparison = comparison;
        this.indicators = indicators;
        this.assistance = assistance;
        this.funds = funds;
        this.years = years;
    }

    DemoData(Imports imports, SystemFlags flags, FacilityImports facilityImports, DemoGenerator generator, JdbcClient jdbc,
             DemoRanges ranges, DemoMaps maps) {
        this.ranges = ranges;
        this.maps = maps;
        this.imports = imports;
        this.flags = flags;
        this.facilityImports = facilityImports;
        this.generator = generator;
        this.jdbc = jdbc;
    }

    /** Loads (or reloads) the demo county; returns a short summary. */
    public String load() {
        try {
            Path dir = Files.createTempDirectory("fupin-demo");
            Path regions = dir.resolve("regions.csv");
            try (InputStream in = new ClassPathResource("demo/regions.csv").getInputStream()) {
                Files.copy(in, regions, StandardCopyOption.REPLACE_EXISTING);
            }
            require(imports.importRegions(regions, false, Imports.DEFAULT_LOCALE));
            List<String> villages = Files.readAllLines(regions, StandardCharsets.UTF_8).stream()
                    .map(line -> line.split(",")[0]).filter(code -> code.matches("620721\\d{3}[1-9]\\d{2}")).toList();
            Path facts = dir.resolve("village-facts.csv");
            Files.writeString(facts, generator.villageFacts(villages, DemoCounty.FIRST_YEAR, DemoCounty.LAST_YEAR), StandardCharsets.UTF_8);
            require(imports.importVillageFacts(facts, false, Imports.DEFAULT_LOCALE));
            Path facilities = dir.resolve("facilities.csv");
            Files.writeString(facilities, generator.facilities(villages, YEAR), StandardCharsets.UTF_8);
            require(facilityImports.importFacilities(facilities, YEAR, false, Imports.DEFAULT_LOCALE));
            Path registry = dir.resolve("registry.csv");
            String registryCsv = generator.registry(villages, DemoCounty.FIRST_YEAR);
            Files.writeString(registry, registryCsv, StandardCharsets.UTF_8);
            ImportReport report = require(imports.importRegistry(registry, false, Imports.DEFAULT_LOCALE));
            maps.load(regions, dir, DemoCounty.FIRST_YEAR);
            years.load(DemoCounty.FIRST_YEAR, DemoCounty.LAST_YEAR);
            comparison.load(registryCsv, dir);
            assistance.load(villages, YEAR, java.time.LocalDate.now());
            for (int year = YEAR; year < 2020; year++) funds.load(villages, year);
            ranges.load();
            monitoring.load(dir);
            indicators.load();
            flags.set(SystemFlags.DEMO_DATA);
            return report.households() + " / " + report.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isLoaded() {
        return flags.isSet(SystemFlags.DEMO_DATA);
    }

    private static ImportReport require(ImportReport report) {
        if (!report.accepted()) throw new IllegalStateException("Demo data rejected: " + report.errors());
        return report;
    }
}
