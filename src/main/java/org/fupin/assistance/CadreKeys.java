package org.fupin.assistance;

import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cadres' phone numbers, encrypted at rest. */
@Component
class CadreKeys implements KeyedData {

    private record Encrypted(long id, String value) {}

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        long changed = 0;
        for (Encrypted c : owner.sql("select id, phone as value from cadre where phone is not null").query(Encrypted.class).list()) {
            changed += owner.sql("update cadre set phone = :cipher where id = :id")
                    .param("cipher", to.encrypt(from.decrypt(c.value()))).param("id", c.id()).update();
        }
        return changed;
    }
}
