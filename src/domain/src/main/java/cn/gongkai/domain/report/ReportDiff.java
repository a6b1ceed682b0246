package cn.gongkai.domain.report;

import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.AnnualReport.Table2Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed between two versions of a report: every cell and text section that differs. */
public final class ReportDiff {
    private ReportDiff() {
    }

    public record Change(String location, String before, String after) {
    }

    public static List<Change> between(AnnualReport before, AnnualReport after) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(before.format(), after.format())) {
            changes.add(new Change("format", before.format(), after.format()));
        }
        Map<String, BigDecimal> a = cells(before);
        Map<String, BigDecimal> b = cells(after);
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            BigDecimal x = a.get(key);
            BigDecimal y = b.get(key);
            if (x == null ? y != null : y == null || x.compareTo(y) != 0) {
                changes.add(new Change(key, x == null ? null : Numbers.plain(x), y == null ? null : Numbers.plain(y)));
            }
        }
        for (String section : new TreeSet<>(java.util.Set.copyOf(union(before.sections().keySet(), after.sections().keySet())))) {
            String x = before.sections().get(section);
            String y = after.sections().get(section);
            if (!Objects.equals(x, y)) {
                changes.add(new Change("正文/" + section, x, y));
            }
        }
        return changes;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Every cell of the report by its location (as in findings). */
    static Map<String, BigDecimal> cells(AnnualReport report) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (Table2Section section : report.table2()) {
            for (Row row : section.rows()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String column = i < section.columns().size() ? section.columns().get(i) : String.valueOf(i + 1);
                    cells.put(ReportChecks.T2 + section.item() + "/" + row.name() + "/" + column, row.cells().get(i));
                }
            }
        }
        for (Row row : report.table3()) {
            for (int i = 0; i < row.cells().size() && i < 7; i++) {
                cells.put(ReportChecks.T3 + row.name() + "/" + ReportFormat.TABLE3_COLUMNS.get(i), row.cells().get(i));
            }
        }
        for (int i = 0; i < report.table4().size() && i < 15; i++) {
            cells.put(ReportChecks.T4 + ReportFormat.TABLE4_COLUMNS.get(i), report.table4().get(i));
        }
        if (report.documents() != null) {
            cells.put("文件/主动公开", BigDecimal.valueOf(report.documents().proactive()));
            cells.put("文件/依申请公开", BigDecimal.valueOf(report.documents().onApplication()));
            cells.put("文件/不予公开", BigDecimal.valueOf(report.documents().notDisclosed()));
        }
        return cells;
    }
}
