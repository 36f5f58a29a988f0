package org.fupin.bench.cli;

import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fupin.bench.ImportBaselines;
import org.fupin.demo.SyntheticProvince;
import org.fupin.imports.Imports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code generate-province DIR --persons N [--seed S] [--province NN] [--load]}: writes a deterministic synthetic province in the
 * import templates and, with {@code --load}, imports it through the validated import, timing each file.
 */
@Component
record ProvinceCommand(SyntheticProvince province, MessageSource messages, ImportBaselines baselines) implements CliCommand {

    int run(List<String> rest, Long persons, Long seed, Integer provinceCode, PrintStream out) throws IOException {
        boolean load = rest.remove("--load");
        if (rest.size() != 1 || persons == null || persons < 1) return 2;
        if (provinceCode != null && (provinceCode < 11 || provinceCode > 99)) return 2;
        SyntheticProvince.Generated files = province.write(Path.of(rest.get(0)), persons, seed == null ? 2015 : seed,
                provinceCode == null ? "63" : String.valueOf(provinceCode));
        out.println(message("cli.province.written", files.registries().size() + 2, rest.get(0)));
        if (!load) return 0;
        long[] started = {System.nanoTime()};
        boolean accepted = province.load(files, (file, report) -> {
            long now = System.nanoTime();
            out.println(message("cli.province.file", file.getFileName(), report.rows(), (now - started[0]) / 1_000_000));
            report.errors().stream().limit(5).forEach(e -> out.println(e.row() + " " + e.column() + " " + e.message()));
            started[0] = now;
        });
        return accepted ? 0 : 1;
    }

    /** {@code bench-import FILE [--per-row-limit N]}: the ways of loading a registry file (and the dry run), side by side. */
    int benchImport(List<String> rest, Integer perRowLimit, PrintStream out) {
        if (rest.size() != 1) return 2;
        try {
            for (ImportBaselines.Result r : baselines.run(Path.of(rest.get(0)), perRowLimit == null ? Long.MAX_VALUE : perRowLimit)) {
                out.println(message("cli.bench.result", r.method(), r.rows(), r.millis(), r.rowsPerSecond()));
            }
            out.println(message("cli.bench.heap", ImportBaselines.peakHeapMegabytes()));
            return 0;
        } catch (IOException | java.sql.SQLException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Imports.DEFAULT_LOCALE);
    }

    @Override
    public List<String> names() { return List.of("generate-province", "bench-import"); }

    @Override
    public int run(Invocation call) throws IOException {
        if (call.name().equals("bench-import")) return benchImport(call.rest(), call.intOption("--per-row-limit"), call.out());
        Integer persons = call.intOption("--persons");
        Integer seed = call.intOption("--seed");
        int code = run(call.rest(), persons == null ? null : persons.longValue(), seed == null ? null : seed.longValue(),
                call.intOption("--province"), call.out());
        return code == 2 ? call.usage() : code;
    }
}
