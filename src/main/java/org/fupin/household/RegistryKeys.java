package org.fupin.household;

import org.fupin.household.domain.IdNumber;
import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry's keyed values: persons' ID numbers and their look-up hashes, households' phone numbers. */
@Component
class RegistryKeys implements KeyedData {

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        return KeyedData.reencrypt(owner, "select id, id_number as value from person",
                "update person set id_number = :cipher, citizen_number = :hash where id = :id",
                id -> new IdNumber(id).citizenNumber(), from, to)
                + KeyedData.reencrypt(owner, "select id, phone as value from household where phone is not null",
                "update household set phone = :cipher where id = :id", null, from, to);
    }
}
