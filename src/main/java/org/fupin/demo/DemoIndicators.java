package org.fupin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fupin.indicators.Indicators;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo county's 2015 小康 indicator values (demo/indicators-2015.csv), entered through the same facade as the
 * entry form: the figures the source article gives (农村自来水普及率 95.5 %, 13,432 yuan per capita income of the
 * farmers and herders, entered as indicator 19), the others labelled demo values, 17 of the 39 at target as the
 * article reports, with a total attainment of about 79.94 %.
 */
@Component
record DemoIndicators(Indicators indicators, MessageSource messages) {

    static final int YEAR = 2015;

    void load() {
        try (InputStream in = new ClassPathResource("demo/indicators-2015.csv").getInputStream()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(","))
                    .forEach(cells -> values.put(cells[0], new BigDecimal(cells[1])));
            indicators.save(RegionScope.ALL, DemoYears.COUNTY, YEAR, Indicators.NATIONAL_2013, values,
                    messages.getMessage("demo.indicators.source", null, Locale.ROOT), DemoYears.ACTOR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
