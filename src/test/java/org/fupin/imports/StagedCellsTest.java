package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.fupin.household.domain.RegistryColumn;
import org.junit.jupiter.api.Test;

/** The packed cells of the row stage come back as they went in, every column present. */
class StagedCellsTest {

    @Test
    void unpacksWhatItPackedWithColonsDigitsAndBlanksAndFillsTheMissingColumns() {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        cells.put(RegistryColumn.NAME, "12:张:三");
        cells.put(RegistryColumn.HOUSEHOLD_NUMBER, "3:");
        cells.put(RegistryColumn.PHONE, "");
        cells.put(RegistryColumn.OTHER_CAUSES, "缺技术,缺资金\n\"引号\"");

        Map<RegistryColumn, String> back = StagedCells.unpack(StagedCells.pack(cells));

        assertThat(back).hasSize(RegistryColumn.values().length);
        cells.forEach((column, value) -> assertThat(back.get(column)).isEqualTo(value));
        assertThat(back.get(RegistryColumn.YEAR)).isEmpty();
    }
}
