package cn.gongkai.domain.report;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.AnnualReport.Table2Section;
import cn.gongkai.domain.report.ReportFormat.Measure;
import cn.gongkai.domain.report.ReportFormat.Subject;
import cn.gongkai.domain.report.ReportFormat.Table2Block;
import cn.gongkai.domain.report.ReportFormat.Table3Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes a year's report from the recorded data: the tables, then a factual draft of the text sections. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static AnnualReport build(ReportInputs in) {
        LocalDate from = LocalDate.of(in.year(), 1, 1);
        LocalDate to = LocalDate.of(in.year(), 12, 31);
        AnnualReport tables = new AnnualReport(AnnualReport.SCHEMA, in.agency(), in.year(), in.format().code(), Map.of(),
                table2(in.format(), in.register(), from, to), table3(in.format(), in.applications()),
                table4(in.cases(), from, to), in.documents(), in.previous());
        Map<String, String> sections = new LinkedHashMap<>(ReportDrafts.draft(tables, in.feesCollected()));
        if (in.staffTexts() != null) {
            in.staffTexts().forEach((section, text) -> {
                if (AnnualReport.TEXT_SECTIONS.contains(section) && text != null && !text.isBlank()) {
                    sections.put(section, text);
                }
            });
        }
        return tables.withSections(sections);
    }

    public static List<Row> table3(ReportFormat format, ApplicationTally tally) {
        List<Row> rows = new ArrayList<>();
        long[] outcomeTotal = new long[ApplicantKind.values().length];
        for (Table3Row row : format.table3()) {
            long[] cells = new long[ApplicantKind.values().length];
            for (ApplicantKind kind : ApplicantKind.values()) {
                int i = kind.ordinal();
                cells[i] = switch (row.kind()) {
                    case NEW -> tally.received(kind);
                    case CARRIED_IN -> tally.carriedIn(kind);
                    case CARRIED_OUT -> tally.carriedOut(kind);
                    case OUTCOME_TOTAL -> outcomeTotal[i];
                    case OUTCOME -> row.outcomes().stream().mapToLong(o -> tally.closed(kind, o)).sum();
                };
                if (row.kind() == Table3Row.Kind.OUTCOME) {
                    outcomeTotal[i] += cells[i];
                }
            }
            rows.add(new Row(row.name(), withTotal(cells)));
        }
        return rows;
    }

    private static List<BigDecimal> withTotal(long[] cells) {
        List<BigDecimal> list = new ArrayList<>();
        long total = 0;
        for (long c : cells) {
            list.add(BigDecimal.valueOf(c));
            total += c;
        }
        list.add(BigDecimal.valueOf(total));
        return list;
    }

    public static List<BigDecimal> table4(List<ReviewCase> cases, LocalDate from, LocalDate to) {
        long[] cells = new long[15];
        for (ReviewCase c : cases) {
            if (c.filedOn() == null || c.filedOn().isBefore(from) || c.filedOn().isAfter(to)) {
                continue;
            }
            int base = c.kind().ordinal() * 5;
            cells[base + c.resultAsOf(to).ordinal()]++;
            cells[base + 4]++;
        }
        List<BigDecimal> list = new ArrayList<>();
        for (long c : cells) {
            list.add(BigDecimal.valueOf(c));
        }
        return list;
    }

    public static List<Table2Section> table2(ReportFormat format, List<DisclosureEntry> register, LocalDate from, LocalDate to) {
        List<Table2Section> sections = new ArrayList<>();
        for (Table2Block block : format.table2()) {
            List<Row> rows = new ArrayList<>();
            for (Subject subject : block.subjects()) {
                List<DisclosureEntry> entries = register.stream().filter(e -> e.kind().subject() == subject).toList();
                List<BigDecimal> cells = new ArrayList<>();
                for (Measure measure : block.measures()) {
                    cells.add(measure(measure, entries, from, to));
                }
                rows.add(new Row(subject.label(format), cells));
            }
            sections.add(new Table2Section(block.item(), block.columns(), rows));
        }
        return Collections.unmodifiableList(sections);
    }

    private static BigDecimal measure(Measure measure, List<DisclosureEntry> entries, LocalDate from, LocalDate to) {
        LocalDate lastYearEnd = from.minusDays(1);
        return switch (measure) {
            case MADE, ISSUED -> count(entries, RegisterKind.Nature.DOCUMENT, e -> within(e.on(), from, to));
            case PUBLISHED -> count(entries, RegisterKind.Nature.DOCUMENT, e -> within(e.publishedOn(), from, to));
            case PUBLIC_TOTAL -> count(entries, RegisterKind.Nature.DOCUMENT,
                    e -> e.publishedOn() != null && !e.publishedOn().isAfter(to) && inForce(e, to));
            case REPEALED -> count(entries, RegisterKind.Nature.DOCUMENT, e -> within(e.endOn(), from, to));
            case IN_FORCE -> count(entries, RegisterKind.Nature.DOCUMENT, e -> inForce(e, to));
            case ITEMS_LAST_YEAR -> count(entries, RegisterKind.Nature.ITEM, e -> inForce(e, lastYearEnd));
            case ITEMS_CHANGE -> count(entries, RegisterKind.Nature.ITEM, e -> inForce(e, to))
                    .subtract(count(entries, RegisterKind.Nature.ITEM, e -> inForce(e, lastYearEnd)));
            case DECISIONS, YEAR_DECISIONS -> sum(entries, RegisterKind.Nature.DECISIONS, from, to, false);
            case PROJECTS -> sum(entries, RegisterKind.Nature.PROJECT, from, to, false);
            case AMOUNT -> sum(entries, RegisterKind.Nature.PROJECT, from, to, true);
            case FEE_AMOUNT_WAN -> sum(entries, RegisterKind.Nature.MONEY, from, to, true)
                    .divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        };
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Issued (or established) by the end of the day and not repealed (abolished) by then. */
    private static boolean inForce(DisclosureEntry e, LocalDate day) {
        return e.on() != null && !e.on().isAfter(day) && (e.endOn() == null || e.endOn().isAfter(day));
    }

    private static BigDecimal count(List<DisclosureEntry> entries, RegisterKind.Nature nature,
                                    java.util.function.Predicate<DisclosureEntry> test) {
        return BigDecimal.valueOf(entries.stream().filter(e -> e.kind().nature() == nature).filter(test).count());
    }

    private static BigDecimal sum(List<DisclosureEntry> entries, RegisterKind.Nature nature, LocalDate from, LocalDate to,
                                  boolean amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (DisclosureEntry e : entries) {
            if (e.kind().nature() == nature && within(e.on(), from, to)) {
                total = total.add(amount ? (e.amountYuan() == null ? BigDecimal.ZERO : e.amountYuan())
                        : BigDecimal.valueOf(e.quantity()));
            }
        }
        return total.signum() == 0 ? BigDecimal.ZERO : total.stripTrailingZeros().scale() < 0
                ? total.setScale(0) : total.stripTrailingZeros();
    }
}
