package org.fupin.assets;

import static org.fupin.assets.AssetColumn.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.funds.FundSource;
import org.fupin.household.domain.Finding;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Issues;
import org.fupin.imports.SmallTableImport;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the asset template (docs/asset-template.md): every row is checked before any is written, each problem
 * located by row, column and value in plain Chinese; an accepted file creates the assets it does not know (by
 * village and name) and sets those it knows to what it says, so importing an export changes nothing.
 */
@Component
class AssetImport {

    private static final BigDecimal MAX_VALUE = new BigDecimal("100000000");
    private static final Set<AssetStatus> NEED_APPROVAL = Set.of(AssetStatus.DISPOSAL_REQUESTED, AssetStatus.DISPOSED);

    private final AssetRepository repository;
    private final AssetImportWriter writer;
    private final AssetLabels labels;
    private final MessageSource messages;

    AssetImport(AssetRepository repository, AssetImportWriter writer, AssetLabels labels, MessageSource messages) {
        this.repository = repository;
        this.writer = writer;
        this.labels = labels;
        this.messages = messages;
    }

    ImportReport run(RegionScope scope, Path file, boolean dryRun, Locale locale, String actor) throws Exception {
        Issues issues = new Issues(messages, TEMPLATE, locale);
        List<AssetImportWriter.Row> staged = new ArrayList<>();
        int rows = SmallTableImport.read(file, AssetColumn.class, REQUIRED::contains, issues, (row, cells) -> {
            AssetImportWriter.Row checked = new RowCheck(row, cells, issues).check(scope);
            if (checked != null) staged.add(checked);
        });
        if (rows < 0) return issues.report(dryRun, 0, 0);
        acrossFile(staged, issues);
        if (!issues.hasErrors() && !dryRun) writer.write(staged, actor);
        return issues.report(dryRun, rows, 0);
    }

    /** Repeated village and name; villages the system does not know or that ended; 处置 states that only an approval sets. */
    private void acrossFile(List<AssetImportWriter.Row> staged, Issues issues) {
        Map<String, Integer> first = new HashMap<>();
        List<String> villages = staged.stream().map(s -> s.asset().villageCode()).distinct().toList();
        Set<String> known = Set.copyOf(repository.knownVillages(villages));
        Map<String, Integer> ended = repository.endedVillages(villages);
        for (AssetImportWriter.Row s : staged) {
            Integer earlier = first.putIfAbsent(s.asset().villageCode() + "/" + s.asset().name(), s.row());
            if (earlier != null) issues.add(Finding.error(s.row(), NAME, s.asset().name(), "ASSET_REPEATED", earlier));
            if (!known.contains(s.asset().villageCode())) {
                issues.add(Finding.error(s.row(), VILLAGE_CODE, s.asset().villageCode(), "VILLAGE_NOT_FOUND"));
                continue;
            }
            if (ended.containsKey(s.asset().villageCode())) {
                issues.add(Finding.error(s.row(), VILLAGE_CODE, s.asset().villageCode(), "ASSET_VILLAGE_ENDED",
                        String.valueOf(ended.get(s.asset().villageCode()))));
                continue;
            }
            if (NEED_APPROVAL.contains(s.status())) {
                Optional<Asset> stored = repository.findByName(s.asset().villageCode(), s.asset().name());
                if (stored.isEmpty() || stored.get().status() != s.status()) {
                    issues.add(Finding.error(s.row(), STATUS, labels.label("assets.status", s.status()),
                            "ASSET_STATUS_NEEDS_APPROVAL"));
                }
            }
        }
    }

    /** The checks of one row; null when it has an error. */
    private final class RowCheck {
        private final int row;
        private final Map<AssetColumn, String> cells;
        private final Issues issues;

        RowCheck(int row, Map<AssetColumn, String> cells, Issues issues) {
            this.row = row;
            this.cells = cells;
            this.issues = issues;
        }

        AssetImportWriter.Row check(RegionScope scope) {
            int before = issues.errorCount();
            String village = village(scope);
            String name = text(NAME, 200);
            AssetType type = choice(TYPE, "assets.type", AssetType.class, true);
            BigDecimal quantity = number(QUANTITY, false);
            String unit = text(UNIT, 20);
            BigDecimal value = number(VALUE, true);
            List<String> sources = sources();
            LocalDate completed = date(COMPLETED_ON);
            LocalDate handed = date(HANDED_OVER_ON);
            if (completed != null && handed != null && handed.isBefore(completed)) {
                error(HANDED_OVER_ON, "ASSET_HANDOVER_BEFORE_COMPLETION", completed.toString());
            }
            OwnerKind owner = choice(OWNER_KIND, "assets.owner", OwnerKind.class, false);
            String ownerName = get(OWNER_NAME);
            if (owner == null && !ownerName.isEmpty() && get(OWNER_KIND).isEmpty()) error(OWNER_KIND, "ASSET_OWNER_INCOMPLETE");
            if (owner != null && ownerName.isEmpty()) error(OWNER_NAME, "ASSET_OWNER_INCOMPLETE");
            if (owner != null && type != null && (type == AssetType.HOUSEHOLD) != (owner == OwnerKind.HOUSEHOLD)) {
                error(OWNER_KIND, "ASSET_OWNER_KIND_IMPORT", labels.label("assets.type", type));
            }
            AssetStatus status = choice(STATUS, "assets.status", AssetStatus.class, false);
            if (issues.errorCount() > before) return null;
            return new AssetImportWriter.Row(row, new Asset.New(village, name, type, quantity, unit, value, completed),
                    sources, handed, owner, ownerName.isEmpty() ? null : ownerName, blankToNull(get(CUSTODIAN)),
                    status == null ? AssetStatus.IN_USE : status);
        }

        private String village(RegionScope scope) {
            String village = get(VILLAGE_CODE);
            RegionCode.Parsed code = RegionCode.parse(village);
            if (village.length() != 12 || !code.isValid() || code.code().level() != RegionLevel.VILLAGE) {
                error(VILLAGE_CODE, "NOT_A_VILLAGE_CODE");
                return null;
            }
            if (!scope.permits(village)) error(VILLAGE_CODE, "ASSET_OUT_OF_SCOPE");
            return village;
        }

        private String text(AssetColumn column, int max) {
            String value = get(column);
            if (value.isEmpty()) error(column, "REQUIRED");
            else if (value.length() > max) error(column, "TOO_LONG", max);
            return value;
        }

        private BigDecimal number(AssetColumn column, boolean money) {
            String text = get(column);
            if (text.isEmpty()) {
                error(column, "REQUIRED");
                return null;
            }
            try {
                BigDecimal n = new BigDecimal(text.replace(",", ""));
                if (n.scale() > 2) error(column, money ? "AMOUNT_TOO_PRECISE" : "ASSET_QUANTITY_FORMAT");
                else if (money && (n.signum() < 0 || n.compareTo(MAX_VALUE) > 0)) error(column, "AMOUNT_OUT_OF_RANGE", MAX_VALUE.toPlainString());
                else if (!money && n.signum() <= 0) error(column, "ASSET_QUANTITY_FORMAT");
                else return n.setScale(2);
            } catch (NumberFormatException e) {
                error(column, money ? "NOT_AN_AMOUNT" : "ASSET_QUANTITY_FORMAT");
            }
            return null;
        }

        private List<String> sources() {
            List<String> out = new ArrayList<>();
            for (String part : get(FUNDING_SOURCES).split("[、,，;；]")) {
                if (part.isBlank()) continue;
                Optional<FundSource> source = labels.parse("assets.source", FundSource.class, part.strip());
                if (source.isEmpty()) error(FUNDING_SOURCES, "UNKNOWN_CODE");
                else if (!out.contains(source.get().name())) out.add(source.get().name());
            }
            return out.stream().sorted(java.util.Comparator.comparing(FundSource::valueOf)).toList();
        }

        private LocalDate date(AssetColumn column) {
            String text = get(column);
            if (text.isEmpty()) {
                if (column == COMPLETED_ON) error(column, "REQUIRED");
                return null;
            }
            try {
                return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                error(column, "ASSET_DATE_FORMAT");
                return null;
            }
        }

        private <E extends Enum<E>> E choice(AssetColumn column, String prefix, Class<E> type, boolean required) {
            String text = get(column);
            if (text.isEmpty()) {
                if (required) error(column, "REQUIRED");
                return null;
            }
            Optional<E> value = labels.parse(prefix, type, text);
            if (value.isEmpty()) error(column, "UNKNOWN_CODE");
            return value.orElse(null);
        }

        private String get(AssetColumn column) {
            return cells.getOrDefault(column, "");
        }

        private void error(AssetColumn column, String code, Object... args) {
            issues.add(Finding.error(row, column, get(column), code, args));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
