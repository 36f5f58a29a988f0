package org.fupin.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.assistance.domain.LoanPurpose;
import org.fupin.assistance.domain.LoanRules;
import org.fupin.kernel.Reason;
import org.fupin.kernel.Seen;
import org.fupin.audit.AuditLog;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures per household (户脱贫措施, categories of the MEASURE_CATEGORY code list) and micro-credit loans
 * (扶贫小额信贷), whose borrower is a member of the household; a loan that breaks a rule is refused with reasons.
 */
@Service
public class HouseholdAssistance {

    public static final String CATEGORIES = "MEASURE_CATEGORY";

    public record NewMeasure(String category, String name, BigDecimal amount, LocalDate date, MeasureStatus status,
                             String outcome) {}

    public record Measure(long id, String category, String name, BigDecimal amount, LocalDate measureDate,
                          String status, String outcome) {}

    public record NewLoan(int borrowerPosition, String bank, BigDecimal amount, int termMonths, LocalDate issueDate,
                          BigDecimal interestRate, BigDecimal subsidyRate, LoanPurpose purpose) {}

    public record Loan(long id, String borrowerName, String bank, BigDecimal amount, int termMonths, LocalDate issueDate,
                       LocalDate dueDate, BigDecimal interestRate, BigDecimal subsidyRate, String purpose,
                       String repaymentStatus, int version) {}

    private final JdbcClient jdbc;
    private final RegisteredHousehold.Finder households;
    private final Dictionaries dictionaries;
    private final AssistanceParameters parameters;
    private final AuditLog audit;

    HouseholdAssistance(JdbcClient jdbc, RegisteredHousehold.Finder households, Dictionaries dictionaries,
                        AssistanceParameters parameters, AuditLog audit) {
        this.jdbc = jdbc;
        this.households = households;
        this.dictionaries = dictionaries;
        this.parameters = parameters;
        this.audit = audit;
    }

    @Transactional
    public Optional<Outcome> addMeasure(RegionScope scope, long householdId, NewMeasure m) {
        return households.find(scope, householdId).map(h -> {
            var list = dictionaries.forYear(m.date().getYear()).lists().get(CATEGORIES);
            if (list == null || list.label(m.category()).isEmpty()) {
                return Outcome.refused(Reason.of("MEASURE_CATEGORY_UNKNOWN", m.category()));
            }
            if (m.name() == null || m.name().isBlank()) return Outcome.refused(Reason.of("MEASURE_NAME_MISSING"));
            if (m.amount().signum() < 0) return Outcome.refused(Reason.of("MEASURE_AMOUNT_NEGATIVE", m.amount()));
            long id = jdbc.sql("""
                    insert into measure (county_code, household_number, village_code, category, name, amount,
                                         measure_date, status, outcome)
                    values (:county, :number, :village, :category, :name, :amount, :date, :status, :outcome) returning id
                    """).param("county", h.countyCode()).param("number", h.householdNumber())
                    .param("village", h.villageCode()).param("category", m.category()).param("name", m.name().strip())
                    .param("amount", m.amount().setScale(2, RoundingMode.HALF_UP)).param("date", m.date())
                    .param("status", m.status().name()).param("outcome", m.outcome()).query(Long.class).single();
            audit.record("ADD_MEASURE", "household:" + h.countyCode() + "/" + h.householdNumber(), m.category());
            return Outcome.saved(id);
        });
    }

    @Transactional(readOnly = true)
    public List<Measure> measures(RegionScope scope, long householdId) {
        return households.find(scope, householdId).map(h -> jdbc.sql("""
                select id, category, name, amount, measure_date, status, outcome from measure
                where county_code = :county and household_number = :number order by measure_date desc, id desc
                """).param("county", h.countyCode()).param("number", h.householdNumber()).query(Measure.class).list())
                .orElse(List.of());
    }

    /** Grants the loan, or refuses it with every rule it breaks (amount, term, age on the issue day, use). */
    @Transactional
    public Optional<Outcome> addLoan(RegionScope scope, long householdId, NewLoan loan) {
        return households.find(scope, householdId).map(h -> {
            Optional<HouseholdDetail.Person> borrower = h.detail().members().stream()
                    .filter(p -> p.position() == loan.borrowerPosition()).findFirst();
            if (borrower.isEmpty()) return Outcome.refused(Reason.of("LOAN_BORROWER_UNKNOWN", loan.borrowerPosition()));
            if (loan.bank() == null || loan.bank().isBlank()) return Outcome.refused(Reason.of("LOAN_BANK_MISSING"));
            if (loan.subsidyRate() == null || loan.subsidyRate().signum() < 0
                    || loan.subsidyRate().compareTo(BigDecimal.ONE) > 0) {
                return Outcome.refused(Reason.of("LOAN_SUBSIDY_RATE", String.valueOf(loan.subsidyRate())));
            }
            List<Reason> reasons = LoanRules.check(loan.amount(), loan.termMonths(),
                    households.birthDate(scope, householdId, loan.borrowerPosition()), loan.issueDate(), loan.purpose(),
                    parameters.forYear(loan.issueDate().getYear()));
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            long id = insert(h, borrower.get().name(), loan);
            audit.record("ADD_LOAN", "household:" + h.countyCode() + "/" + h.householdNumber(),
                    loan.amount().toPlainString() + " / " + loan.termMonths());
            return Outcome.saved(id);
        });
    }

    @Transactional(readOnly = true)
    public List<Loan> loans(RegionScope scope, long householdId) {
        return households.find(scope, householdId).map(h -> jdbc.sql("""
                select id, borrower_name, bank, amount, term_months, issue_date, due_date, interest_rate, subsidy_rate,
                       purpose, repayment_status, version from loan
                where county_code = :county and household_number = :number order by issue_date desc, id desc
                """).param("county", h.countyCode()).param("number", h.householdNumber()).query(Loan.class).list())
                .orElse(List.of());
    }

    /** Records a loan's repayment status (还款状态; OVERDUE is the 逾期标志). */
    public Optional<Outcome> setRepayment(RegionScope scope, long householdId, long loanId, RepaymentStatus status) {
        return setRepayment(scope, householdId, loanId, status, null);
    }

    /**
     * As {@link #setRepayment}, from a form made from version {@code seen} of the loan (null: unchecked); refused with
     * LOAN_STALE, naming the status now, when the loan has changed since (ADR 0031).
     */
    @Transactional
    public Optional<Outcome> setRepayment(RegionScope scope, long householdId, long loanId, RepaymentStatus status,
                                          Seen seen) {
        return households.find(scope, householdId).map(h -> {
            int changed = jdbc.sql("""
                    update loan set repayment_status = :status, version = version + 1
                    where id = :id and county_code = :county and household_number = :number
                      and (not :check or version = :seen)
                    """).param("status", status.name()).param("id", loanId).param("county", h.countyCode())
                    .param("number", h.householdNumber()).param("check", seen != null)
                    .param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER).update();
            if (changed == 0) {
                return loans(scope, householdId).stream().filter(l -> l.id() == loanId).findFirst()
                        .map(now -> Outcome.refused(Reason.of("LOAN_STALE", now.repaymentStatus())))
                        .orElseGet(() -> Outcome.refused(Reason.of("LOAN_UNKNOWN", loanId)));
            }
            audit.record("LOAN_REPAYMENT", "loan:" + loanId, status.name());
            return Outcome.saved(loanId);
        });
    }

    private long insert(RegisteredHousehold h, String borrowerName, NewLoan loan) {
        return jdbc.sql("""
                insert into loan (county_code, household_number, village_code, borrower_position, borrower_name, bank,
                                  amount, term_months, issue_date, due_date, interest_rate, subsidy_rate, purpose,
                                  repayment_status)
                values (:county, :number, :village, :position, :borrower, :bank, :amount, :months, :issued, :due,
                        :rate, :subsidy, :purpose, 'REPAYING') returning id
                """).param("county", h.countyCode()).param("number", h.householdNumber())
                .param("village", h.villageCode()).param("position", loan.borrowerPosition())
                .param("borrower", borrowerName).param("bank", loan.bank().strip())
                .param("amount", loan.amount().setScale(2, RoundingMode.HALF_UP)).param("months", loan.termMonths())
                .param("issued", loan.issueDate()).param("due", loan.issueDate().plusMonths(loan.termMonths()))
                .param("rate", loan.interestRate()).param("subsidy", loan.subsidyRate())
                .param("purpose", loan.purpose().name()).query(Long.class).single();
    }
}
