package org.fupin.assets.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetFilter;
import org.fupin.assets.AssetImports;
import org.fupin.assets.AssetLedger;
import org.fupin.assets.AssetSummary;
import org.fupin.assets.AssetTemplate;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ReportPrinter;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;

/**
 * {@code assets summary CODE --year YEAR [--json]}, {@code assets list CODE --year YEAR [--alert ALERT] [--json]},
 * {@code assets import FILE [--dry-run] [--json]} and {@code assets export CODE FILE --year YEAR}: the same module
 * methods as the pages, over the whole tree. Exit 0, 1 when a file is rejected, 2 on a usage error or unknown region.
 */
@Component
class AssetCommands implements CliCommand {

    private final AssetLedger ledger;
    private final AssetImports imports;
    private final AssetTemplate template;

    AssetCommands(AssetLedger ledger, AssetImports imports, AssetTemplate template) {
        this.ledger = ledger;
        this.imports = imports;
        this.template = template;
    }

    @Override
    public List<String> names() { return List.of("assets"); }

    @Override
    public int run(Invocation call) throws Exception {
        String alert = call.option("--alert", null);
        List<String> rest = call.rest();
        if (rest.isEmpty()) return call.usage();
        String verb = rest.get(0);
        try {
            return switch (verb) {
                case "import" -> rest.size() != 2 ? call.usage() : ReportPrinter.print(imports.importAssets(RegionScope.ALL,
                        Path.of(rest.get(1)), call.dryRun(), Invocation.LOCALE, "cli"), call);
                case "summary" -> rest.size() != 2 || call.year() == null ? call.usage() : summary(call, rest.get(1));
                case "list" -> rest.size() != 2 || call.year() == null ? call.usage() : list(call, rest.get(1), alert);
                case "export" -> rest.size() != 3 || call.year() == null ? call.usage() : export(call, rest.get(1), rest.get(2));
                default -> call.usage();
            };
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(rest.get(1));
        } catch (IllegalArgumentException e) {
            return call.usage();
        }
    }

    private int summary(Invocation call, String code) {
        AssetSummary s = ledger.summary(RegionScope.ALL, code, call.year());
        if (call.json()) {
            call.printJson(s);
            return 0;
        }
        call.out().println(call.message("assets.cli.total", s.total().count(), s.total().value().toPlainString()));
        call.out().println(call.message("assets.cli.alerts", s.projectsWithoutAssets().size(),
                s.withoutOwnerOrCustodian().count(), s.productiveWithoutIncome().count(), call.year()));
        return 0;
    }

    private int list(Invocation call, String code, String alert) {
        List<Asset> assets = ledger.list(RegionScope.ALL, code, new AssetFilter(null, null, null,
                alert == null ? null : AssetFilter.Alert.valueOf(alert), call.year()));
        if (call.json()) {
            call.printJson(assets);
            return 0;
        }
        for (Asset a : assets) {
            call.out().println(a.villageName() + "\t" + a.name() + "\t" + call.message("assets.type." + a.type().name())
                    + "\t" + a.value().toPlainString() + "\t" + call.message("assets.status." + a.status().name()));
        }
        return 0;
    }

    private int export(Invocation call, String code, String file) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(file))) {
            template.write(RegionScope.ALL, code, AssetFilter.all(call.year()), out);
        }
        call.out().println(call.message("assets.cli.exported", file));
        return 0;
    }
}
