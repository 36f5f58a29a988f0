package org.fupin.demo;

import org.fupin.region.RegionDirectory;
import org.fupin.system.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start of the embedded default (an empty database), loads the demo county. */
@Component
@Profile("!cli")
@Order(2)
class DemoBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final Database database;
    private final RegionDirectory regions;
    private final DemoData demo;
    private final boolean enabled;

    DemoBootstrap(Database database, RegionDirectory regions, DemoData demo, @Value("${fupin.demo.enabled:true}") boolean enabled) {
        this.database = database;
        this.regions = regions;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && database.isEmbedded() && regions.isEmpty()) {
            log.info("Empty embedded database: loading the demo county (synthetic data)");
            log.info("Demo county loaded: {} households / persons", demo.load());
        }
    }
}
