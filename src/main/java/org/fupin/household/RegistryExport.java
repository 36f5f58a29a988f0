package org.fupin.household;

import org.fupin.kernel.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The households of a region-year in the 贫困人口信息表 template, full ID numbers included, so that the file imports
 * back to the same registry (issue #19): the same cells the household form edits, under the template's headers.
 * Only users who may see full ID numbers get it; the download is audited like every export.
 */
@Service
public record RegistryExport(HouseholdRepository repository, HouseholdRows rows, Dictionaries dictionaries,
                             MessageSource messages, Transactions transactions) {

    /** Writes the workbook; returns the number of households written. */
    public int write(RegionScope scope, String regionCode, int year, OutputStream out) {
        return transactions.read(() -> {
            RegionCode region = scope.require(regionCode);
            CodeLists codes = dictionaries.forYear(year);
            List<RegistryColumn> columns = List.of(RegistryColumn.values());
            try (Workbook workbook = new Workbook(out, "Fupin", "1.0")) {
                Worksheet sheet = workbook.newWorksheet(messages.getMessage("registry.sheet", null, "registry", Locale.ROOT));
                for (int c = 0; c < columns.size(); c++) {
                    sheet.value(0, c, messages.getMessage("registry." + columns.get(c).name(), null, Locale.ROOT));
                }
                int r = 1;
                int households = 0;
                for (long id : repository.ids(region, year)) {
                    var record = repository.find(id, scope.lowestCode(), scope.highestCode()).orElseThrow();
                    for (Map<RegistryColumn, String> row : rows.toCells(record, codes)) {
                        for (int c = 0; c < columns.size(); c++) {
                            String value = row.getOrDefault(columns.get(c), "");
                            if (value == null || value.isEmpty()) continue;
                            sheet.inlineString(r, c, value);   // not kept in a shared-strings table in memory
                            // kept exact for the re-import; the text format keeps an edit from making it a formula
                            if (SpreadsheetText.risky(value)) sheet.style(r, c).format("@").set();
                        }
                        r++;
                    }
                    households++;
                    if (households % 500 == 0) sheet.flush();   // rows written out, not held (issue #27: 1M persons)
                }
                return households;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
