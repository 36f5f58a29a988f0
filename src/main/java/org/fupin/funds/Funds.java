package org.fupin.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupin.assistance.Outcome;
import org.fupin.kernel.Reason;
import org.fupin.audit.AuditLog;
import org.fupin.funds.domain.FundRules;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund allocations (资金文号, source, year, amount), disbursements to library projects, balances, and the report of
 * the share of funds reaching poor villages and registered households. An allocation is locked while a payment is
 * checked against its balance, so two payments cannot overspend it together.
 */
@Service
public class Funds {

    public record Allocation(long id, String countyCode, int year, String source, String documentNumber,
                             BigDecimal amount, LocalDate issuedDate, BigDecimal disbursed) {
        public BigDecimal balance() { return FundRules.balance(amount, disbursed); }
    }

    private static final String VILLAGE_CLASS_POOR = "1";
    private static final String VILLAGE_CLASS_CONSOLIDATION = "2";

    private final JdbcClient jdbc;
    private final ProjectLibrary library;
    private final AuditLog audit;

    Funds(JdbcClient jdbc, ProjectLibrary library, AuditLog audit) {
        this.jdbc = jdbc;
        this.library = library;
        this.audit = audit;
    }

    @Transactional
    public Outcome allocate(RegionScope scope, String countyCode, int year, FundSource source, String documentNumber,
                            BigDecimal amount, LocalDate issued) {
        RegionCode county = scope.require(countyCode);
        if (documentNumber == null || documentNumber.isBlank()) return Outcome.refused(Reason.of("FUND_DOCUMENT_MISSING"));
        if (amount == null || amount.signum() <= 0) {
            return Outcome.refused(Reason.of("FUND_AMOUNT_NOT_POSITIVE", String.valueOf(amount)));
        }
        String code = county.value().substring(0, 6);
        boolean taken = jdbc.sql("select exists (select 1 from fund_allocation where county_code = :county and document_number = :doc)")
                .param("county", code).param("doc", documentNumber.strip()).query(Boolean.class).single();
        if (taken) return Outcome.refused(Reason.of("FUND_DOCUMENT_EXISTS", documentNumber.strip()));
        long id = jdbc.sql("""
                insert into fund_allocation (county_code, year, source, document_number, amount, issued_date)
                values (:county, :year, :source, :doc, :amount, :issued) returning id
                """).param("county", code).param("year", year).param("source", source.name())
                .param("doc", documentNumber.strip()).param("amount", amount.setScale(2, RoundingMode.HALF_UP))
                .param("issued", issued).query(Long.class).single();
        audit.record("FUND_ALLOCATE", "allocation:" + id, documentNumber.strip() + " " + amount.toPlainString());
        return Outcome.saved(id);
    }

    @Transactional(readOnly = true)
    public List<Allocation> allocations(RegionScope scope, String regionCode, int year) {
        RegionCode region = scope.require(regionCode);
        return jdbc.sql("""
                select id, county_code, year, source, document_number, amount, issued_date, disbursed from fund_allocation
                where year = :year and county_code like :county || '%' order by issued_date, document_number
                """).param("year", year).param("county", region.prefix().substring(0, Math.min(6, region.prefix().length())))
                .query(Allocation.class).list();
    }

    /** The years with fund allocations in the scope, newest first: what the fund year picker offers. */
    @Transactional(readOnly = true)
    public List<Integer> years(RegionScope scope) {
        return jdbc.sql("select distinct year from fund_allocation where county_code like :prefix || '%' order by year desc")
                .param("prefix", scope.prefix().substring(0, Math.min(6, scope.prefix().length())))
                .query(Integer.class).list();
    }

    /** Pays part of an allocation to a project, or answers why not (overspending, project not being carried out). */
    @Transactional
    public Optional<Outcome> disburse(RegionScope scope, long allocationId, long projectId, LocalDate date,
                                      BigDecimal amount, String payee) {
        return library.project(scope, projectId).flatMap(project -> jdbc.sql("""
                select amount, disbursed from fund_allocation where id = :id and county_code = :county for update
                """).param("id", allocationId).param("county", project.fields().villageCode().substring(0, 6))
                .query((rs, n) -> Map.entry(rs.getBigDecimal(1), rs.getBigDecimal(2))).optional().map(allocation -> {
                    List<Reason> reasons = FundRules.disbursement(allocation.getKey(), allocation.getValue(), amount,
                            project.status());
                    if (!reasons.isEmpty()) return Outcome.refused(reasons);
                    BigDecimal paid = amount.setScale(2, RoundingMode.HALF_UP);
                    jdbc.sql("update fund_allocation set disbursed = disbursed + :amount where id = :id")
                            .param("amount", paid).param("id", allocationId).update();
                    long id = jdbc.sql("""
                            insert into disbursement (county_code, allocation_id, project_id, village_code,
                                paid_date, amount, payee)
                            values (left(:village, 6), :allocation, :project, :village, :date, :amount,
                                :payee) returning id
                            """).param("allocation", allocationId).param("project", projectId)
                            .param("village", project.fields().villageCode()).param("date", date).param("amount", paid)
                            .param("payee", payee == null ? "" : payee.strip()).query(Long.class).single();
                    audit.record("FUND_DISBURSE", "allocation:" + allocationId, "project:" + projectId + " " + paid);
                    return Outcome.saved(id);
                }));
    }

    /**
     * What was paid to a project, per fund source (资金来源, from its disbursements' allocations), in source order;
     * sources that paid nothing are absent. Empty for a project outside the scope.
     */
    @Transactional(readOnly = true)
    public Map<FundSource, BigDecimal> paidBySource(RegionScope scope, long projectId) {
        Map<FundSource, BigDecimal> out = new java.util.EnumMap<>(FundSource.class);
        if (library.project(scope, projectId).isEmpty()) return out;
        jdbc.sql("""
                select a.source, sum(d.amount) from disbursement d join fund_allocation a on a.id = d.allocation_id
                where d.project_id = :project group by a.source
                """).param("project", projectId)
                .query(rs -> { out.put(FundSource.valueOf(rs.getString(1)), rs.getBigDecimal(2)); });
        return out;
    }

    /** The fund-share report of a region for the allocations of a year. */
    @Transactional(readOnly = true)
    public FundShare share(RegionScope scope, String regionCode, int year) {
        RegionCode region = scope.require(regionCode);
        Map<String, Object> row = jdbc.sql("""
                select coalesce(sum(d.amount), 0) as paid,
                       coalesce(sum(d.amount) filter (where vc.village_class = :poor), 0) as poor,
                       coalesce(sum(d.amount) filter (where vc.village_class = :consolidation), 0) as consolidation,
                       coalesce(sum(d.amount) filter (where exists (select 1 from project_beneficiary b
                                                                    where b.project_id = d.project_id)), 0) as registered
                from disbursement d
                join fund_allocation a on a.id = d.allocation_id
                left join lateral (select f.village_class from village_fact f
                                   where f.village_code = d.village_code and f.year <= :year
                                   order by f.year desc limit 1) vc on true
                where a.year = :year and d.village_code between :lowest and :highest
                """).param("year", year).param("poor", VILLAGE_CLASS_POOR)
                .param("consolidation", VILLAGE_CLASS_CONSOLIDATION).param("lowest", region.lowestDescendant())
                .param("highest", region.highestDescendant()).query().singleRow();
        BigDecimal allocated = allocations(scope, regionCode, year).stream().map(Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = (BigDecimal) row.get("paid");
        return new FundShare(region.value(), year, allocated, paid, (BigDecimal) row.get("poor"),
                (BigDecimal) row.get("consolidation"), (BigDecimal) row.get("registered"),
                percent(row.get("poor"), paid), percent(row.get("consolidation"), paid),
                percent(row.get("registered"), paid));
    }

    private static BigDecimal percent(Object part, BigDecimal whole) {
        if (whole.signum() == 0) return null;
        return ((BigDecimal) part).multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
