package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.domain.LoanPurpose;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdSearch;
import org.fupin.imports.Imports;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.fupin.system.Secrets;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue #23: the masked ID number is never shown beside the member's full birth date (which would give back the
 * hidden digits), and the database keeps only the birth month in clear. Member 白海平 of household 6207211500347
 * has the number 620721198909274057: born 1989-09-27.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BirthDateStaysHiddenIntegrationTest {

    private static final String VILLAGE = "620721102206";
    private static final String ID_NUMBER = "620721198909274057";
    private static final String MASKED = "620721***********7";
    private static final String PASSWORD = "birth-month-only-1";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry households;
    @Autowired HouseholdAssistance assistance;
    @Autowired UserAdministration users;
    @Autowired Database database;
    @Autowired Secrets secrets;

    private long household;

    @BeforeAll
    void importCountyAndAddUsers() {
        Samples.importCounty(imports);
        household = households.search(RegionScope.ALL, new HouseholdSearch(VILLAGE, 2015, ID_NUMBER, null, null, null),
                0, 1).rows().get(0).id();
        assertThat(users.add("birth-cadre", Role.VILLAGE_CADRE, VILLAGE, PASSWORD)).isEmpty();
        assertThat(users.add("birth-auditor", Role.AUDITOR, "620721000000", PASSWORD)).isEmpty();
    }

    @Test
    void pagesPrintsAndApiShowTheMaskedNumberBesideTheBirthMonthOnlyForACadreAndAnAuditor() throws Exception {
        for (String user : List.of("birth-cadre", "birth-auditor")) {
            WebSession session = new WebSession(port);
            session.logIn(user, PASSWORD);
            for (String path : List.of("/households/" + household, "/print/households/" + household,
                    "/print/villages/" + VILLAGE + "?year=2015")) {
                assertThat(session.get(path).body()).as(user + " " + path).contains(MASKED).contains("1989年9月")
                        .doesNotContain("1989-09-27", "1989年09月27日", "1989年9月27日", "19890927", "1989/09/27");
            }
            String api = new String(session.bytes("/api/v1/households/" + household).body(), StandardCharsets.UTF_8);
            assertThat(api).as(user + " API").contains(MASKED).contains("\"birthMonth\":\"1989-09\"")
                    .doesNotContain("1989-09-27", "19890927", "birthDate");
        }
    }

    @Test
    void noColumnOfAPersonHoldsTheFullBirthDateOnlyTheFirstDayOfItsMonth() throws Exception {
        List<String> columns = new ArrayList<>();
        String row;
        long notFirstDays;
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    select column_name from information_schema.columns
                    where table_schema = 'public' and table_name = 'person'
                    """)) {
                while (rs.next()) columns.add(rs.getString(1));
            }
            try (PreparedStatement one = owner.prepareStatement("select p::text from person p where p.citizen_number = ?")) {
                one.setString(1, secrets.lookupHash(ID_NUMBER));
                try (ResultSet rs = one.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    row = rs.getString(1);
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from person where extract(day from birth_month) <> 1")) {
                rs.next();
                notFirstDays = rs.getLong(1);
            }
        }

        assertThat(columns).contains("birth_month").doesNotContain("birth_date");
        assertThat(row).as("every column of the person").contains("1989-09-01").doesNotContain("1989-09-27", "19890927");
        assertThat(notFirstDays).isZero();
    }

    @Test
    void aLoanStillChecksTheBorrowersAgeToTheDayFromTheIdNumber() {
        // the 户主 马军华, 62072119630425015X, is 65 until 2029-04-24 and 66 from 2029-04-25 (the maximum is 65)
        assertThat(loan(LocalDate.of(2029, 4, 25))).extracting(Reason::code).containsExactly("LOAN_BORROWER_AGE");
        assertThat(loan(LocalDate.of(2029, 4, 24))).isEmpty();
    }

    private List<Reason> loan(LocalDate issued) {
        return assistance.addLoan(RegionScope.ALL, household, new HouseholdAssistance.NewLoan(1, "县农村信用合作联社",
                new BigDecimal("10000.00"), 12, issued, new BigDecimal("0.0435"), BigDecimal.ONE, LoanPurpose.BREEDING))
                .orElseThrow().reasons();
    }
}
