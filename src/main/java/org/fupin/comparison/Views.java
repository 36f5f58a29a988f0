package org.fupin.comparison;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fupin.imports.ImportReport;

/** What the comparison module shows (pages, REST, CLI): plain records, ID numbers only masked. */
public final class Views {

    private Views() {}

    /** An accepted list has a batch; a rejected one only its located errors. */
    public record ListImport(ImportReport report, Long batchId, int legacyIds) {}

    public record Batch(long id, String listType, String department, LocalDate asOf, String fileName, int rows,
                        int legacyIds, String importedBy, Instant importedAt) {}

    public record Run(long id, int year, String scopeCode, String consentMode, String startedBy, Instant startedAt,
                      int personsCompared, int householdsCompared, int householdsWithoutConsent, int newHits) {}

    public record Rule(int year, String code, String listType, boolean enabled, String consequence,
                       BigDecimal minAmount, String description, String source) {}

    public record Hit(long id, long runId, int year, String villageCode, String householdNumber, long householdId,
                      String personName, String personIdMasked, String ruleCode, String consequence, String listType,
                      String department, LocalDate asOf, boolean withoutConsent, String status) {}

    /** The external record behind a hit, as the department sent it (the ID masked). */
    public record Evidence(long recordId, long batchId, String listType, String department, LocalDate asOf,
                           String fileName, int rowNo, String idMasked, boolean legacyForm, String name,
                           String category, String status, BigDecimal amount, BigDecimal area, LocalDate date,
                           String detail) {}

    public record HitDetail(Hit hit, Evidence evidence, String reviewedBy, Instant reviewedAt, String reviewNote,
                            Long caseRequestId) {}

    /** The hand-off to the case workflow (#5): one per confirmed hit. */
    public record CaseRequest(long id, long hitId, String kind, int year, String villageCode, String householdNumber,
                              long householdId, String evidence, String status, String requestedBy,
                              Instant requestedAt) {}

    public record Consent(String countyCode, String householdNumber, String villageCode, LocalDate signedOn,
                          String evidence, String recordedBy, Instant recordedAt) {}

    public record Queue(List<Hit> hits, long pending) {}
}
