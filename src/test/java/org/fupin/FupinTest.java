package org.fupin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An application test on a real, embedded PostgreSQL in a fresh data directory (one per test run; the Spring
 * context and the embedded server are shared by every class carrying this annotation). Each class starts on its
 * own fresh copy of the migrated database {@code fupin} ({@link FreshDatabase}, ADR 0021): it sees only the rows it
 * writes itself, and it need not delete them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fupin.data-dir=${java.io.tmpdir}/fupin-test-${random.uuid}",
        "fupin.db.durable=false",
        "fupin.db.name=" + FreshDatabase.NAME,
        "fupin.demo.enabled=false",
        "fupin.admin-password=test-admin-password",
        // a deployment may allow HTTP Basic on /api; the older REST tests use it (ApiTokensIntegrationTest checks the default)
        "fupin.api.basic-auth=true"})
@ExtendWith(FreshDatabase.class)
public @interface FupinTest {
}
