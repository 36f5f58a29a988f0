package org.fupin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.region.RegionScope;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo county's monitoring ranges for 2021–2026 (demo/monitoring-ranges.csv), set through the same facade as the
 * ranges page, each labelled as demo data: Gansu-shaped figures, not the province's published ones.
 */
@Component
record DemoRanges(MonitoringRanges ranges) {

    void load() {
        try (InputStream in = new ClassPathResource("demo/monitoring-ranges.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String line : lines) {
                String[] cells = line.split(",", 4);
                ranges.setRange(RegionScope.ALL, cells[0], Integer.parseInt(cells[1]),
                        new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal(cells[2])), null, cells[3], "demo");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
