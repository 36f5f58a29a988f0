package org.fupin.comparison;

import org.fupin.system.KeyedData;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Department lists keep each row's citizen number encrypted and its look-up hash, like the registry. */
@Component
class ExternalListKeys implements KeyedData {

    @Override
    public long rekey(JdbcClient owner, Secrets from, Secrets to) {
        return KeyedData.reencrypt(owner, "external_record", "id_number", "id_hash", citizen -> citizen, from, to);
    }
}
