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
        return KeyedData.reencrypt(owner, "person", "id_number", "citizen_number", id -> new IdNumber(id).citizenNumber(), from, to)
                + KeyedData.reencrypt(owner, "household", "phone", null, null, from, to);
    }
}
