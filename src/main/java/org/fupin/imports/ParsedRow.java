package org.fupin.imports;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.household.RegistryStaging;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.Member;

/**
 * One row of a registry file as the reading thread leaves it (issue #22): parsed and checked once, its findings, the
 * line to copy into the row stage, and its ID number (and a head's phone) already hashed and encrypted, so the
 * importing thread only groups, applies the household rules and copies.
 */
record ParsedRow(int row, List<Finding> findings, Member member, String stageLine, String idCipher,
                 String citizenHash, String phoneCipher) {

    /** The encrypted values of a household's rows, for {@link RegistryStaging#add(
     * org.fupin.household.domain.HouseholdRules.Household, RegistryStaging.Seals)}. */
    static RegistryStaging.Seals seals(List<ParsedRow> rows) {
        Map<Member, ParsedRow> byMember = new IdentityHashMap<>();
        for (ParsedRow r : rows) byMember.put(r.member(), r);
        return new RegistryStaging.Seals() {
            @Override public String idNumber(Member m) { return byMember.get(m).idCipher(); }

            @Override public String citizenNumber(Member m) { return byMember.get(m).citizenHash(); }

            @Override public String phone(Member head) { return byMember.get(head).phoneCipher(); }
        };
    }
}
