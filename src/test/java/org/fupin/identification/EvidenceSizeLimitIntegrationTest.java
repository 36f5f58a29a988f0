package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.household.HouseholdEditor;
import org.fupin.identification.domain.CaseKind;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: a case attachment was read whole into memory up to the 512 MB upload limit. Evidence files are now
 * refused above 10 MB, in words, before a byte is read; a photo-sized file is kept. Users below the county are held
 * to 8 MB ({@code fupin.uploads.below-county-max-mb}).
 */
@FupinTest
class EvidenceSizeLimitIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired UserAdministration users;

    @Test
    void anElevenMegabyteAttachmentIsRefusedAndAPhotoIsKept() throws Exception {
        Samples.importCounty(imports);
        long household = TestHouseholds.household(editor).number("T-EV-1").head("附件户", "62072119700303053").create();
        long id = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.now(),
                new Actor("cadre", "VILLAGE_CADRE"));
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String page = admin.get("/identification/cases/" + id).body();

        String refused = admin.upload("/identification/cases/" + id + "/attachments", "file", "scan.pdf",
                new byte[11 * 1024 * 1024], page).body();

        assertThat(refused).contains("附件不能超过 10 MB（这个文件 11.0 MB）");
        assertThat(cases.attachments(RegionScope.ALL, id)).isEmpty();
        admin.upload("/identification/cases/" + id + "/attachments", "file", "photo.jpg", new byte[200_000], page);
        assertThat(cases.attachments(RegionScope.ALL, id)).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("photo.jpg"));
    }

    @Test
    void aVillageCadreIsHeldToTheBelowCountyLimitWhereTheCountyIsNot() throws Exception {
        Samples.importCounty(imports);
        long household = TestHouseholds.household(editor).number("T-EV-2").head("村附件户", "62072119700404053").create();
        long id = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.now(),
                new Actor("cadre", "VILLAGE_CADRE"));
        assertThat(users.add("evidence-cadre", Role.VILLAGE_CADRE, TestHouseholds.VILLAGE, "Qilian-scan-2026"))
                .isEmpty();
        WebSession cadre = new WebSession(port);
        cadre.logIn("evidence-cadre", "Qilian-scan-2026");
        String page = cadre.get("/identification/cases/" + id).body();

        String refused = cadre.upload("/identification/cases/" + id + "/attachments", "file", "scan.pdf",
                new byte[9 * 1024 * 1024], page).body();

        assertThat(refused).contains("附件不能超过 8 MB（这个文件 9.0 MB）");
        assertThat(cases.attachments(RegionScope.ALL, id)).isEmpty();
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        admin.upload("/identification/cases/" + id + "/attachments", "file", "scan.pdf", new byte[9 * 1024 * 1024],
                admin.get("/identification/cases/" + id).body());
        assertThat(cases.attachments(RegionScope.ALL, id)).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("scan.pdf"));
    }
}
