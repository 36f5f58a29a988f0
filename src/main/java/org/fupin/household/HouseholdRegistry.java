package org.fupin.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.IdNumber;
import org.fupin.household.domain.TransferItem;
import org.fupin.income.PovertyLine;
import org.fupin.income.PovertyLines;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's read side: household lists and household pages, always within the caller's region scope. */
@Service
public class HouseholdRegistry {

    public record Page(List<HouseholdRow> rows, long total, int page, int size) {}

    private final HouseholdRepository repository;
    private final Dictionaries dictionaries;
    private final PovertyLines povertyLines;

    HouseholdRegistry(HouseholdRepository repository, Dictionaries dictionaries, PovertyLines povertyLines) {
        this.repository = repository;
        this.dictionaries = dictionaries;
        this.povertyLines = povertyLines;
    }

    /** Years with household records in the scope, newest first. */
    public List<Integer> years(RegionScope scope) {
        return repository.years(scope.lowestCode(), scope.highestCode());
    }

    /** One year of a household, for its history across years. */
    /** One year of a household; {@code transferItems} empty when that year's file gave only the total. */
    public record YearEntry(long id, int year, String povertyStatus, int members, BigDecimal netIncomePerCapita,
                            Map<TransferItem, BigDecimal> transferItems) {}

    @Transactional(readOnly = true)
    public Page households(RegionScope scope, String regionCode, int year, int page, int size) {
        return search(scope, new HouseholdSearch(regionCode, year, null, null, null, null), page, size);
    }

    /** Households matching the search, ordered by village and 户编号, a page at a time (at most 500 rows). */
    @Transactional(readOnly = true)
    public Page search(RegionScope scope, HouseholdSearch search, int page, int size) {
        RegionCode region = scope.require(search.regionCode());
        int limit = Math.max(1, Math.min(size, 500));
        int current = Math.max(page, 0);
        CodeLists codes = dictionaries.forYear(search.year());
        List<HouseholdRow> rows = repository.search(region, search, current * limit, limit).stream()
                .map(r -> listRow(codes, search.year(), r)).toList();
        return new Page(rows, repository.searchCount(region, search), current, limit);
    }

    /** The same household in every year the scope can see, newest first. */
    @Transactional(readOnly = true)
    public List<YearEntry> history(RegionScope scope, long id) {
        return repository.history(id, scope.lowestCode(), scope.highestCode())
                .stream().map(r -> {
                    int year = (Integer) r.get("year");
                    return new YearEntry(((Number) r.get("id")).longValue(), year,
                            label(dictionaries.forYear(year), CodeLists.POVERTY_STATUS, r.get("poverty_status")),
                            (Integer) r.get("member_count"), (BigDecimal) r.get("net_income_per_capita"),
                            TransferItems.parse(r.get("transfer_items")));
                }).toList();
    }

    /** Every household of the region as list rows, streamed in order (for exports; no paging, no limit). */
    @Transactional(readOnly = true)
    public void forEachHousehold(RegionScope scope, String regionCode, int year, Consumer<HouseholdRow> sink) {
        RegionCode region = scope.require(regionCode);
        CodeLists codes = dictionaries.forYear(year);
        repository.forEach(region, year, r -> sink.accept(listRow(codes, year, r)));
    }

    /** Every household matching the search as list rows, streamed in the search page's order (no paging, no limit). */
    @Transactional(readOnly = true)
    public void forEachMatching(RegionScope scope, HouseholdSearch search, Consumer<HouseholdRow> sink) {
        RegionCode region = scope.require(search.regionCode());
        CodeLists codes = dictionaries.forYear(search.year());
        repository.forEachMatching(region, search, r -> sink.accept(listRow(codes, search.year(), r)));
    }

    /** Every household of the region with its members (masked), for the village register; two queries. */
    @Transactional(readOnly = true)
    public List<HouseholdDetail> householdsWithMembers(RegionScope scope, String regionCode, int year) {
        RegionCode region = scope.require(regionCode);
        BigDecimal line = line(year);
        return repository.all(region, year).stream().map(r -> detail(r, line)).toList();
    }

    private static HouseholdRow listRow(CodeLists codes, int year, Map<String, Object> r) {
        return new HouseholdRow(((Number) r.get("id")).longValue(), year, (String) r.get("household_number"),
                (String) r.get("village_code"), (String) r.get("head_name"), (Integer) r.get("member_count"),
                (String) r.get("poverty_status"), label(codes, CodeLists.POVERTY_STATUS, r.get("poverty_status")),
                label(codes, CodeLists.POVERTY_CAUSE, r.get("main_cause")), (BigDecimal) r.get("net_income_per_capita"));
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdDetail> household(RegionScope scope, long id) {
        return repository.find(id, scope.lowestCode(), scope.highestCode())
                .map(r -> detail(r, line((Integer) r.columns().get("year"))));
    }

    /**
     * The full birth date of each member by position, read from the decrypted ID numbers, for rules that need an
     * exact age (guarantees, loans). For use inside services only: pages, prints and the API show the birth month.
     * Empty when the household-year is unknown or outside the scope.
     */
    @Transactional(readOnly = true)
    public Map<Integer, LocalDate> birthDates(RegionScope scope, long id) {
        return repository.birthDates(id, scope.lowestCode(), scope.highestCode());
    }

    /** The 脱贫状态 code (0, 1, 3) of a household-year, for rules that need the code rather than its label. */
    @Transactional(readOnly = true)
    public Optional<String> povertyStatusCode(RegionScope scope, long id) {
        return repository.find(id, scope.lowestCode(), scope.highestCode())
                .map(r -> (String) r.columns().get("poverty_status"));
    }

    private BigDecimal line(int year) {
        return povertyLines.national(year).map(PovertyLine::amount).orElse(null);
    }

    private HouseholdDetail detail(HouseholdRepository.HouseholdRecord record, BigDecimal line) {
        Map<String, Object> h = record.columns();
        int year = (Integer) h.get("year");
        CodeLists codes = dictionaries.forYear(year);
        List<HouseholdDetail.Person> members = record.members().stream().map(p -> new HouseholdDetail.Person(
                (Integer) p.get("position"), (String) p.get("name"), (String) p.get("id_masked"),
                label(codes, CodeLists.RELATIONSHIP, p.get("relationship")),
                label(codes, CodeLists.SEX, Boolean.TRUE.equals(p.get("male")) ? "1" : "2"),
                month(p.get("birth_month")), label(codes, CodeLists.ETHNICITY, p.get("ethnicity")),
                label(codes, CodeLists.EDUCATION, p.get("education")), label(codes, CodeLists.SCHOOLING, p.get("schooling")),
                labels(codes, CodeLists.HEALTH, p.get("health")), label(codes, CodeLists.LABOUR_SKILL, p.get("labour_skill")),
                label(codes, CodeLists.WORK_STATUS, p.get("work_status")), (Integer) p.get("work_months"),
                (Boolean) p.get("medical_insurance"), (Boolean) p.get("pension_insurance"),
                (Boolean) p.get("employee_medical_insurance"), (String) p.get("schooling_exemption"))).toList();
        return new HouseholdDetail(((Number) h.get("id")).longValue(), year, (String) h.get("household_number"),
                (String) h.get("village_code"), (String) h.get("phone_masked"),
                label(codes, CodeLists.IDENTIFICATION_STANDARD, h.get("identification_standard")),
                label(codes, CodeLists.HOUSEHOLD_ATTRIBUTE, h.get("attribute")),
                label(codes, CodeLists.POVERTY_CAUSE, h.get("main_cause")),
                labels(codes, CodeLists.POVERTY_CAUSE, h.get("other_causes")),
                label(codes, CodeLists.POVERTY_STATUS, h.get("poverty_status")), (Integer) h.get("exit_year"),
                (BigDecimal) h.get("wage_income"), (BigDecimal) h.get("business_income"),
                (BigDecimal) h.get("property_income"), (BigDecimal) h.get("transfer_income"),
                (BigDecimal) h.get("business_expense"), (BigDecimal) h.get("net_income"),
                (BigDecimal) h.get("net_income_per_capita"), line, (String) h.get("housing_safety"),
                (Boolean) h.get("safe_drinking_water"), (Boolean) h.get("has_electricity"), members);
    }

    private static YearMonth month(Object birthMonth) {
        return YearMonth.from(birthMonth instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) birthMonth);
    }

    private static String label(CodeLists codes, String list, Object code) {
        if (code == null) return null;
        CodeList codeList = codes.lists().get(list);
        return codeList == null ? code.toString() : codeList.label(code.toString()).orElse(code.toString());
    }

    private static List<String> labels(CodeLists codes, String list, Object values) {
        if (!(values instanceof List<?> items)) return List.of();
        return items.stream().map(v -> label(codes, list, v)).toList();
    }
}
