package org.fupin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.backup.KeyRotation;
import org.fupin.imports.Imports;
import org.fupin.system.KeyDirectory;
import org.fupin.system.Secrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #23: {@code keys rotate} re-writes every encrypted and keyed value under a new key, so that the old key no
 * longer opens the data, the new one does, look-ups still find each person, and the audit chain verifies anew.
 */
@FupinTest
class KeyRotationIntegrationTest {

    @Autowired Imports imports;
    @Autowired KeyRotation rotation;
    @Autowired Secrets old;
    @Autowired KeyDirectory keys;
    @Autowired AuditHead head;
    @Autowired JdbcClient jdbc;
    @Autowired org.fupin.comparison.Comparison comparison;

    /** Compares the county once (the death list hits household 6207211500007, whose head died); answers the run. */
    private long compareDeaths() {
        return comparison.run(org.fupin.region.RegionScope.ALL, "620721000000", 2015).id();
    }

    private long hits() {
        return jdbc.sql("select count(*) from comparison_hit").query(Long.class).single();
    }

    @Test
    void everyEncryptedAndKeyedValueMovesToTheNewKey() throws Exception {
        Samples.importCounty(imports);
        long household = jdbc.sql("select id from household where household_number = '6207211500007' and year = 2015")
                .query(Long.class).single();
        comparison.recordConsent(org.fupin.region.RegionScope.ALL, household, java.time.LocalDate.of(2015, 3, 2), "box 7");
        java.nio.file.Path deaths = Files.createTempFile("deaths", ".csv");
        Files.writeString(deaths, "证件号码,姓名,死亡日期\n620721197205280657,白霞强,2015-05-20\n");
        assertThat(comparison.importList(deaths, new org.fupin.comparison.ListSource(
                org.fupin.comparison.domain.ListType.DEATH, "县民政局", java.time.LocalDate.of(2015, 6, 30)),
                Imports.DEFAULT_LOCALE).report().accepted()).isTrue();
        compareDeaths();
        long hitsBefore = hits();
        assertThat(hitsBefore).isPositive();
        Map<String, Object> before = jdbc.sql("select id, id_number, citizen_number from person order by id limit 1").query().singleRow();
        String idNumber = old.decrypt((String) before.get("id_number"));
        String phoneCipher = jdbc.sql("select phone from household where phone is not null order by id limit 1").query(String.class).single();
        String phone = old.decrypt(phoneCipher);
        byte[] oldKey = Base64.getDecoder().decode(Files.readString(keys.file("data.key")).strip());

        KeyRotation.Result result = rotation.rotate();

        Secrets next = Secrets.withMaster(Base64.getDecoder().decode(Files.readString(keys.file("data.key")).strip()));
        assertThat(Base64.getDecoder().decode(Files.readString(result.retired()).strip())).isEqualTo(oldKey);
        assertThat(result.values()).isGreaterThan(2000);
        Map<String, Object> after = jdbc.sql("select id_number, citizen_number from person where id = :id")
                .param("id", before.get("id")).query().singleRow();
        assertThat(next.decrypt((String) after.get("id_number"))).isEqualTo(idNumber);
        assertThat(after.get("citizen_number")).isEqualTo(next.lookupHash(idNumber.substring(0, 18)))
                .isNotEqualTo(before.get("citizen_number"));
        assertThat(next.decrypt(jdbc.sql("select phone from household where phone is not null order by id limit 1")
                .query(String.class).single())).isEqualTo(phone);
        assertThat(AuditChain.walk(jdbc, next::auditHash, null, null).broken()).isNull();
        assertThat(AuditChain.walk(jdbc, old::auditHash, null, null).broken()).isNotNull();
        assertThat(head.read()).get().satisfies(h -> assertThat(h.seal())
                .isEqualTo(next.auditHash("head\u001f" + h.database() + "\u001f" + h.id() + "\u001f" + h.hash())));
        assertThat(Files.exists(keys.file("data.key.next"))).isFalse();
        // the hits' person hashes moved with the registry's: comparing again finds the same hits, no new ones
        compareDeaths();
        assertThat(hits()).isEqualTo(hitsBefore);
    }
}
