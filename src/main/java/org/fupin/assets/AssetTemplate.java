package org.fupin.assets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.funds.FundSource;
import org.fupin.kernel.SpreadsheetText;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes a region's assets as the import template (same headers, same words), so that the file can be corrected in
 * a spreadsheet and imported back; importing it unchanged changes nothing. Headers and labels are the template's
 * Chinese ones whatever the user's language, as the import reads them.
 */
@Service
public class AssetTemplate {

    private final AssetLedger ledger;
    private final AssetLabels labels;
    private final MessageSource messages;

    AssetTemplate(AssetLedger ledger, AssetLabels labels, MessageSource messages) {
        this.ledger = ledger;
        this.labels = labels;
        this.messages = messages;
    }

    /** The assets of the region the filter keeps, as an XLSX workbook on {@code out}. */
    public void write(RegionScope scope, String regionCode, AssetFilter filter, OutputStream out) throws IOException {
        List<Asset> assets = ledger.list(scope, regionCode, filter);
        try (Workbook workbook = new Workbook(out, "Fupin", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("assets.import.sheet", null, Locale.ROOT));
            AssetColumn[] columns = AssetColumn.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, messages.getMessage(AssetColumn.TEMPLATE + "." + columns[c].name(), null, Locale.ROOT));
                sheet.width(c, c == 2 || c == 10 || c == 11 ? 24 : 14);
            }
            sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
            int r = 1;
            for (Asset a : assets) row(sheet, r++, a);
            sheet.finish();
        }
    }

    private void row(Worksheet sheet, int r, Asset a) {
        text(sheet, r, AssetColumn.VILLAGE_CODE, a.villageCode());
        text(sheet, r, AssetColumn.VILLAGE_NAME, a.villageName());
        text(sheet, r, AssetColumn.NAME, a.name());
        text(sheet, r, AssetColumn.TYPE, labels.label("assets.type", a.type()));
        sheet.value(r, AssetColumn.QUANTITY.ordinal(), a.quantity());
        text(sheet, r, AssetColumn.UNIT, a.unit());
        sheet.value(r, AssetColumn.VALUE.ordinal(), a.value());
        text(sheet, r, AssetColumn.FUNDING_SOURCES, a.fundingSources().stream()
                .map(s -> labels.label("assets.source", FundSource.valueOf(s))).collect(Collectors.joining("、")));
        text(sheet, r, AssetColumn.COMPLETED_ON, date(a.completedOn()));
        text(sheet, r, AssetColumn.HANDED_OVER_ON, date(a.handedOverOn()));
        text(sheet, r, AssetColumn.OWNER_KIND, labels.label("assets.owner", a.ownerKind()));
        text(sheet, r, AssetColumn.OWNER_NAME, a.ownerName());
        text(sheet, r, AssetColumn.CUSTODIAN, a.custodian());
        text(sheet, r, AssetColumn.STATUS, labels.label("assets.status", a.status()));
    }

    private static void text(Worksheet sheet, int r, AssetColumn column, String value) {
        if (value != null && !value.isEmpty()) sheet.value(r, column.ordinal(), SpreadsheetText.neutralised(value));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
