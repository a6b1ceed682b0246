package cn.gongkai.cli;

import cn.gongkai.domain.report.Finding;
import cn.gongkai.functions.reports.ReportFunctions.CheckResult;
import cn.gongkai.reports.AnnualReports;
import cn.gongkai.reports.ReportJson;
import cn.gongkai.reports.render.ReportOutput;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"政府信息公开工作年度报告：生成、汇总、核对。",
                "The annual report: generate it from the recorded data, summarise agencies, check any report's JSON."},
        subcommands = {ReportCommand.Generate.class, ReportCommand.Summary.class, ReportCommand.Check.class})
public class ReportCommand {
    static final String ACTOR = "cli:report";

    /** Writes the output to the file, or to stdout; Word needs a file. Prints the findings to stderr. */
    /** Generates {@code repeat} times (the earlier runs only timed, for benchmarks), then writes the last one. */
    static int repeated(int repeat, java.util.function.Supplier<AnnualReports.Generated> generate, String format, Path out)
            throws IOException {
        ReportOutput.parse(format);
        for (int i = 1; i < repeat; i++) {
            long started = System.nanoTime();
            generate.get();
            System.err.printf("run %d: generated in %d ms%n", i, (System.nanoTime() - started) / 1_000_000);
        }
        long started = System.nanoTime();
        return emit(generate.get(), started, format, out);
    }

    static int emit(AnnualReports.Generated generated, long startedNanos, String format, Path out) throws IOException {
        long generatedNanos = System.nanoTime();
        ReportOutput output = ReportOutput.parse(format);
        byte[] bytes = output.render(generated.report());
        if (out != null) {
            Files.write(out, bytes);
        } else if (output.binary()) {
            System.err.println("Word 文档请用 --out FILE.docx 写入文件");
            return 2;
        } else {
            System.out.print(new String(bytes, StandardCharsets.UTF_8));
        }
        System.err.printf("generated in %d ms, rendered (%s) in %d ms%n", (generatedNanos - startedNanos) / 1_000_000,
                output.extension(), (System.nanoTime() - generatedNanos) / 1_000_000);
        System.err.printf("snapshot %d generated %s%s%n", generated.snapshotId(), generated.generatedAt(),
                generated.previousSnapshotId() == null ? "" : ", " + generated.changes().size() + " change(s) since snapshot "
                        + generated.previousSnapshotId());
        generated.changes().forEach(c -> System.err.printf("  changed %s: %s -> %s%n", c.location(), abbreviate(c.before()), abbreviate(c.after())));
        printFindings(generated.findings());
        return 0;
    }

    static void printFindings(List<Finding> findings) {
        for (Finding f : findings) {
            System.err.printf("%s %s %s: %s (expected %s, found %s)%n", f.severity(), f.code(), f.location(), f.message(),
                    f.expected(), f.found());
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "—" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    @Dependent
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"从登记数据生成一个机关某年度的年度报告，并冻结为快照；再次生成时列出变化。"})
    public static class Generate implements Callable<Integer> {
        @Option(names = "--agency", required = true, description = "the agency's id")
        String agency;
        @Option(names = "--year", required = true, description = "the reporting year")
        int year;
        @Option(names = "--format", defaultValue = "json", description = "html | md | json | docx (default: ${DEFAULT-VALUE})")
        String format;
        @Option(names = "--edition", description = "the official format: 2019-60 or 2021-30 (default: by year)")
        String edition;
        @Option(names = "--out", paramLabel = "FILE", description = "write here (default: stdout)")
        Path out;
        @Option(names = "--repeat", defaultValue = "1", description = "generate this many times, printing each time (benchmarks)")
        int repeat;

        private final AnnualReports reports;

        public Generate(AnnualReports reports) {
            this.reports = reports;
        }

        @Override
        public Integer call() throws IOException {
            return repeated(repeat, () -> reports.generate(agency, year, edition, ACTOR), format, out);
        }
    }

    @Dependent
    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = {"汇总多个机关（默认全部）某年度的年度报告表格。"})
    public static class Summary implements Callable<Integer> {
        @Option(names = "--year", required = true)
        int year;
        @Option(names = "--agencies", split = ",", description = "agency ids, comma separated (default: all)")
        List<String> agencies;
        @Option(names = "--name", description = "who the summary is for, e.g. 某区人民政府")
        String name;
        @Option(names = "--format", defaultValue = "json", description = "html | md | json | docx")
        String format;
        @Option(names = "--edition", description = "2019-60 or 2021-30 (default: by year)")
        String edition;
        @Option(names = "--out", paramLabel = "FILE")
        Path out;
        @Option(names = "--repeat", defaultValue = "1", description = "generate this many times, printing each time (benchmarks)")
        int repeat;

        private final AnnualReports reports;

        public Summary(AnnualReports reports) {
            this.reports = reports;
        }

        @Override
        public Integer call() throws IOException {
            return repeated(repeat, () -> reports.summary(agencies, name, year, edition, ACTOR), format, out);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"核对一份年度报告的数据（JSON，格式见 README）：勾稽关系、合计、空白单元格、上年结转、正文中的数字和比率。",
                    "Exit status 0: no errors; 1: errors found; 2: the file is not a report."})
    public static class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() throws IOException {
            CheckResult result;
            try {
                result = CheckResult.of(cn.gongkai.domain.report.ReportChecks.check(
                        ReportJson.read(Files.readString(file, StandardCharsets.UTF_8))));
            } catch (cn.gongkai.domain.DomainException e) {
                System.err.println(e.code() + ": " + e.getMessage());
                return 2;
            }
            System.out.println(ReportJson.write(result));
            System.err.printf("%d error(s), %d warning(s), %d finding(s)%n", result.errors(), result.warnings(),
                    result.findings().size());
            return result.ok() ? 0 : 1;
        }
    }
}
