package org.fupin.funds.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mandatory content of a library project (domain.md §4.4, [S42]); a blank field is a reason against entry.
 * {@code performanceTarget} (绩效目标) is the one most often missing.
 */
public record ProjectFields(String name, String category, String nature, String villageCode, String schedule,
                            String responsibleUnit, String tasks, String funding, String beneficiaries,
                            String performanceTarget, String povertyMechanism) {

    /** Field name → value, in the order of the guidance. */
    public Map<String, String> asMap() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("category", category);
        fields.put("nature", nature);
        fields.put("villageCode", villageCode);
        fields.put("schedule", schedule);
        fields.put("responsibleUnit", responsibleUnit);
        fields.put("tasks", tasks);
        fields.put("funding", funding);
        fields.put("beneficiaries", beneficiaries);
        fields.put("performanceTarget", performanceTarget);
        fields.put("povertyMechanism", povertyMechanism);
        return fields;
    }
}
