package org.fupin.household;

import java.util.List;
import org.fupin.household.domain.IdNumber;
import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry's keyed values: persons' ID numbers and their look-up hashes, households' phone numbers. */
@Component
class RegistryKeys implements KeyedData {

    private record Encrypted(long id, String value) {}

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        long changed = 0;
        for (Encrypted p : owner.sql("select id, id_number as value from person").query(Encrypted.class).list()) {
            String id = from.decrypt(p.value());
            changed += owner.sql("update person set id_number = :cipher, citizen_number = :hash where id = :id")
                    .param("cipher", to.encrypt(id)).param("hash", to.lookupHash(new IdNumber(id).citizenNumber()))
                    .param("id", p.id()).update();
        }
        List<Encrypted> phones = owner.sql("select id, phone as value from household where phone is not null")
                .query(Encrypted.class).list();
        for (Encrypted h : phones) {
            changed += owner.sql("update household set phone = :cipher where id = :id")
                    .param("cipher", to.encrypt(from.decrypt(h.value()))).param("id", h.id()).update();
        }
        return changed;
    }
}
