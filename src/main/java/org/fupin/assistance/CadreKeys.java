package org.fupin.assistance;

import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cadres' phone numbers, encrypted at rest. */
@Component
class CadreKeys implements KeyedData {

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        return KeyedData.reencrypt(owner, "select id, phone as value from cadre where phone is not null",
                "update cadre set phone = :cipher where id = :id", null, from, to);
    }
}
