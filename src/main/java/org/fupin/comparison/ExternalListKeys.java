package org.fupin.comparison;

import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Department lists keep each row's citizen number encrypted and its look-up hash, like the registry. */
@Component
class ExternalListKeys implements KeyedData {

    private record Encrypted(long id, String value) {}

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        long changed = 0;
        for (Encrypted r : owner.sql("select id, id_number as value from external_record").query(Encrypted.class).list()) {
            String citizen = from.decrypt(r.value());
            changed += owner.sql("update external_record set id_number = :cipher, id_hash = :hash where id = :id")
                    .param("cipher", to.encrypt(citizen)).param("hash", to.lookupHash(citizen)).param("id", r.id()).update();
        }
        return changed;
    }
}
