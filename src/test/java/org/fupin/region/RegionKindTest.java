package org.fupin.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** domain.md T21 and §6.3: what the segments of a code say a region is. */
class RegionKindTest {

    @Test
    void readsTheSegmentsOfT21AsACountyLevelCityUnderTheProvinceATownAndAVillageCommittee() {
        assertThat(RegionKind.of("220581000000")).isEqualTo(RegionKind.COUNTY_LEVEL_CITY_UNDER_PROVINCE);
        assertThat(RegionKind.of("220581102000")).isEqualTo(RegionKind.TOWN);
        assertThat(RegionKind.of("220581102202")).isEqualTo(RegionKind.VILLAGE_COMMITTEE);
        Region village = new Region("220581102202", "村", RegionLevel.VILLAGE, "220581102000", "220");
        assertThat(village.urban()).isFalse();
        assertThat(village.kind()).isEqualTo(RegionKind.VILLAGE_COMMITTEE);
    }

    @Test
    void tellsSubdistrictsTownshipsStateUnitsAndResidentsCommittees() {
        assertThat(RegionKind.of("320508019000")).isEqualTo(RegionKind.SUBDISTRICT);
        assertThat(RegionKind.of("320508019044")).isEqualTo(RegionKind.RESIDENTS_COMMITTEE);
        assertThat(RegionKind.of("620721203000")).isEqualTo(RegionKind.TOWNSHIP);
        assertThat(RegionKind.of("620721400000")).isEqualTo(RegionKind.STATE_UNIT);
        assertThat(RegionKind.of("441900003000")).isEqualTo(RegionKind.SUBDISTRICT);
        assertThat(RegionKind.of("620721000000")).isEqualTo(RegionKind.COUNTY);
        assertThat(new Region("620721100001", "社区", RegionLevel.VILLAGE, "620721100000", "111").urban()).isTrue();
        assertThat(new Region("620721100001", "社区", RegionLevel.VILLAGE, "620721100000", null).urban()).isNull();
    }
}
