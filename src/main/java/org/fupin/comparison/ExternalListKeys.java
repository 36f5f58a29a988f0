package org.fupin.comparison;

import java.util.HashMap;
import java.util.List;
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
        List<String> inUse = owner.sql("""
                select person_hash from comparison_hit union select person_hash from comparison_case_request
                """).query(String.class).list();
        for (String old : inUse) {
            String next = renewed.get(old);
            if (next == null) continue;
            changed += owner.sql("update comparison_hit set person_hash = :next where person_hash = :old")
                    .param("next", next).param("old", old).update();
            changed += owner.sql("update comparison_case_request set person_hash = :next where person_hash = :old")
                    .param("next", next).param("old", old).update();
        }
        return changed + KeyedData.reencrypt(owner, "select id, id_number as value from external_record",
                "update external_record set id_number = :cipher, id_hash = :hash where id = :id", citizen -> citizen, from, to);
    }
}
