package org.fupin.comparison;

import java.util.HashMap;
import java.util.Map;
import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Department lists keep each row's citizen number encrypted and its look-up hash, like the registry; hits and case
 * requests keep the person's look-up hash. Runs first in a rotation, while the registry still holds the old key,
 * so that every old hash can be mapped to its new one.
 */
@Component
@Order(1)
class ExternalListKeys implements KeyedData {

    private record Encrypted(String hash, String value) {}

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        Map<String, String> renewed = new HashMap<>();
        owner.sql("select id_hash as hash, id_number as value from external_record").query(Encrypted.class).list()
                .forEach(r -> renewed.put(r.hash(), to.lookupHash(from.decrypt(r.value()))));
        owner.sql("select citizen_number as hash, id_number as value from person").query(Encrypted.class).list()
                .forEach(p -> renewed.computeIfAbsent(p.hash(), h -> to.lookupHash(from.decrypt(p.value()).substring(0, 18))));
        long changed = 0;
        for (String table : new String[] {"comparison_hit", "comparison_case_request"}) {
            for (String old : owner.sql("select distinct person_hash from " + table).query(String.class).list()) {
                String next = renewed.get(old);
                if (next == null) continue;
                changed += owner.sql("update " + table + " set person_hash = :next where person_hash = :old")
                        .param("next", next).param("old", old).update();
            }
        }
        return changed + KeyedData.reencrypt(owner, "external_record", "id_number", "id_hash", citizen -> citizen, from, to);
    }
}
