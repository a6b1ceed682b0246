package cn.gongkai.domain.report;

import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.AnnualReport.Table2Section;
import cn.gongkai.domain.report.Finding.Severity;
import cn.gongkai.domain.report.ReportFormat.Measure;
import cn.gongkai.domain.report.ReportFormat.Table2Block;
import cn.gongkai.domain.report.ReportFormat.Table3Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every check of an annual report, ours or anyone's: the layout (rows, columns, blank cells), the arithmetic the
 * official format states or implies, the agreement with last year's report, and every count and percentage stated
 * in the text against the tables. The text is checked by {@link TextChecks}.
 */
public final class ReportChecks {
    static final String T2 = "表二/";
    static final String T3 = "表三/";
    static final String T4 = "表四/";

    private ReportChecks() {
    }

    public static List<Finding> check(AnnualReport report) {
        List<Finding> findings = new ArrayList<>();
        ReportFormat format = report.reportFormat();
        if (format == null) {
            findings.add(new Finding("FORMAT_UNKNOWN", Severity.ERROR, "format", null, "2019-60 或 2021-30",
                    String.valueOf(report.format()), "报告格式未知，无法核对表格结构"));
            findings.addAll(TextChecks.check(report));
            return findings;
        }
        checkTable2(report, format, findings);
        Map<String, Row> t3 = checkTable3Layout(report, format, findings);
        checkTable3Arithmetic(report, format, t3, findings);
        checkTable4(report, findings);
        findings.addAll(TextChecks.check(report));
        return findings;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    private static void checkTable2(AnnualReport report, ReportFormat format, List<Finding> findings) {
        Map<String, Table2Section> byItem = report.table2().stream()
                .collect(Collectors.toMap(Table2Section::item, s -> s, (a, b) -> a));
        Set<String> expectedItems = format.table2().stream().map(Table2Block::item).collect(Collectors.toSet());
        for (Table2Section section : report.table2()) {
            if (!expectedItems.contains(section.item())) {
                findings.add(new Finding("STRUCTURE_UNKNOWN", Severity.WARNING, T2 + section.item(), null, "无此项",
                        section.item(), "本格式的表二没有这一项"));
            }
        }
        for (Table2Block block : format.table2()) {
            Table2Section section = byItem.get(block.item());
            if (section == null) {
                findings.add(new Finding("STRUCTURE_MISSING", Severity.ERROR, T2 + block.item(), null, block.item(),
                        "缺少", "表二缺少" + block.item()));
                continue;
            }
            for (ReportFormat.Subject subject : block.subjects()) {
                String name = subject.label(format);
                Row row = section.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
                String where = T2 + block.item() + "/" + name;
                if (row == null) {
                    findings.add(new Finding("STRUCTURE_MISSING", Severity.ERROR, where, null, name, "缺少",
                            "表二缺少“" + name + "”一行"));
                    continue;
                }
                if (row.cells().size() != block.measures().size()) {
                    findings.add(cellCount(where, block.measures().size(), row.cells().size()));
                }
                for (int i = 0; i < block.measures().size(); i++) {
                    Measure measure = block.measures().get(i);
                    BigDecimal v = i < row.cells().size() ? row.cells().get(i) : null;
                    checkCell(where + "/" + measure.label(), v, measure.signed(), measure.money(), findings);
                }
            }
        }
        if (format == ReportFormat.GUOBAN_2021_30 && report.previous() != null && report.previous().inForce() != null) {
            for (String name : List.of("规章", "行政规范性文件")) {
                Row row = report.table2Row("第二十条第（一）项", name);
                BigDecimal last = report.previous().inForce().get(name);
                if (row == null || last == null || row.cells().size() < 3 || row.cells().stream().anyMatch(c -> c == null)) {
                    continue;
                }
                BigDecimal expected = last.add(row.cells().get(0)).subtract(row.cells().get(1));
                if (expected.compareTo(row.cells().get(2)) != 0) {
                    findings.add(new Finding("T2_IN_FORCE", Severity.WARNING,
                            T2 + "第二十条第（一）项/" + name + "/现行有效件数", null,
                            Numbers.plain(expected) + "（上年现行有效" + Numbers.plain(last) + " + 本年制发"
                                    + Numbers.plain(row.cells().get(0)) + " − 本年废止" + Numbers.plain(row.cells().get(1)) + "）",
                            Numbers.plain(row.cells().get(2)), "现行有效件数与上年现行有效件数加本年制发、减本年废止不一致"));
                }
            }
        }
    }

    private static Finding cellCount(String where, int expected, int found) {
        return new Finding("STRUCTURE_CELLS", Severity.ERROR, where, null, expected + "个单元格", found + "个",
                "这一行的单元格数与官方格式不符");
    }

    private static void checkCell(String where, BigDecimal v, boolean signed, boolean money, List<Finding> findings) {
        if (v == null) {
            findings.add(new Finding("BLANK_CELL", Severity.ERROR, where, null, "数字（没有则填0）", "空白",
                    "应填数字的单元格为空"));
            return;
        }
        if (!signed && v.signum() < 0) {
            findings.add(new Finding("NEGATIVE_VALUE", Severity.ERROR, where, null, "不小于0", Numbers.plain(v),
                    "数量或金额不能为负数"));
        }
        if (!money && v.stripTrailingZeros().scale() > 0) {
            findings.add(new Finding("NOT_INTEGER", Severity.ERROR, where, null, "整数", Numbers.plain(v),
                    "件数应为整数"));
        }
    }

    private static Map<String, Row> checkTable3Layout(AnnualReport report, ReportFormat format, List<Finding> findings) {
        Map<String, Row> byName = new HashMap<>();
        for (Row row : report.table3()) {
            byName.putIfAbsent(row.name(), row);
        }
        Set<String> expected = format.table3().stream().map(Table3Row::name).collect(Collectors.toSet());
        for (Row row : report.table3()) {
            if (!expected.contains(row.name())) {
                findings.add(new Finding("STRUCTURE_UNKNOWN", Severity.WARNING, T3 + row.name(), null, "无此行", row.name(),
                        "本格式的表三没有这一行（" + format.document() + "）"));
            }
        }
        for (Table3Row layout : format.table3()) {
            Row row = byName.get(layout.name());
            String where = T3 + layout.name();
            if (row == null) {
                findings.add(new Finding("STRUCTURE_MISSING", Severity.ERROR, where, null, layout.name(), "缺少",
                        "表三缺少“" + layout.shortName() + "”一行"));
                continue;
            }
            if (row.cells().size() != 7) {
                findings.add(cellCount(where, 7, row.cells().size()));
            }
            for (int i = 0; i < 7; i++) {
                checkCell(where + "/" + ReportFormat.TABLE3_COLUMNS.get(i), i < row.cells().size() ? row.cells().get(i) : null,
                        false, false, findings);
            }
        }
        return byName;
    }

    private static BigDecimal cell(Row row, int i) {
        return row == null || i >= row.cells().size() ? null : row.cells().get(i);
    }

    private static void checkTable3Arithmetic(AnnualReport report, ReportFormat format, Map<String, Row> t3,
                                              List<Finding> findings) {
        List<Table3Row> layout = format.table3();
        for (Table3Row l : layout) {
            Row row = t3.get(l.name());
            if (row == null || row.cells().size() != 7) {
                continue;
            }
            BigDecimal sum = sum(row.cells().subList(0, 6));
            if (sum != null && row.cells().get(6) != null && sum.compareTo(row.cells().get(6)) != 0) {
                findings.add(new Finding("T3_ROW_TOTAL", Severity.ERROR, T3 + l.name() + "/总计", null,
                        Numbers.plain(sum) + "（六类申请人之和）", Numbers.plain(row.cells().get(6)),
                        "总计列不等于自然人与五类法人或其他组织之和"));
            }
        }
        Row received = t3.get(layout.get(0).name());
        Row carriedIn = t3.get(layout.get(1).name());
        Row total = t3.get(layout.get(layout.size() - 2).name());
        Row carriedOut = t3.get(layout.getLast().name());
        List<Row> outcomes = layout.stream().filter(l -> l.kind() == Table3Row.Kind.OUTCOME).map(l -> t3.get(l.name())).toList();
        for (int i = 0; i < 7; i++) {
            String column = ReportFormat.TABLE3_COLUMNS.get(i);
            final int c = i;
            List<BigDecimal> outcomeCells = outcomes.stream().map(r -> cell(r, c)).toList();
            BigDecimal outcomeSum = outcomes.stream().anyMatch(java.util.Objects::isNull) ? null : sum(outcomeCells);
            BigDecimal stated = cell(total, i);
            if (outcomeSum != null && stated != null && outcomeSum.compareTo(stated) != 0) {
                findings.add(new Finding("T3_OUTCOME_TOTAL", Severity.ERROR, T3 + layout.get(layout.size() - 2).name() + "/" + column,
                        null, Numbers.plain(outcomeSum) + "（各项办理结果之和）", Numbers.plain(stated),
                        "（七）总计不等于各项办理结果之和"));
            }
            BigDecimal in = add(cell(received, i), cell(carriedIn, i));
            BigDecimal out = add(stated, cell(carriedOut, i));
            if (in != null && out != null && in.compareTo(out) != 0) {
                findings.add(new Finding("T3_COLUMN_IDENTITY", Severity.ERROR, T3 + column, null,
                        "一+二 = " + Numbers.plain(in) + "（" + Numbers.plain(cell(received, i)) + "+" + Numbers.plain(cell(carriedIn, i)) + "）",
                        "三（七）+四 = " + Numbers.plain(out) + "（" + Numbers.plain(stated) + "+" + Numbers.plain(cell(carriedOut, i)) + "）",
                        "勾稽关系不成立：第一项加第二项之和应等于第三项加第四项之和"));
            }
            if (report.previous() != null && report.previous().carriedOut() != null
                    && report.previous().carriedOut().size() == 7) {
                BigDecimal last = report.previous().carriedOut().get(i);
                BigDecimal now = cell(carriedIn, i);
                if (last != null && now != null && last.compareTo(now) != 0) {
                    findings.add(new Finding("T3_CARRIED_IN", Severity.ERROR, T3 + layout.get(1).name() + "/" + column, null,
                            Numbers.plain(last) + "（上年报告“结转下年度继续办理”）", Numbers.plain(now),
                            "上年结转数应等于上年报告的结转下年度继续办理数"));
                }
            }
        }
    }

    private static void checkTable4(AnnualReport report, List<Finding> findings) {
        List<BigDecimal> t4 = report.table4();
        if (t4.size() != 15) {
            findings.add(cellCount(T4.substring(0, 2), 15, t4.size()));
        }
        for (int i = 0; i < 15; i++) {
            checkCell(T4 + ReportFormat.TABLE4_COLUMNS.get(i), i < t4.size() ? t4.get(i) : null, false, false, findings);
        }
        if (t4.size() != 15) {
            return;
        }
        for (int group = 0; group < 3; group++) {
            BigDecimal parts = sum(t4.subList(group * 5, group * 5 + 4));
            BigDecimal stated = t4.get(group * 5 + 4);
            if (parts != null && stated != null && parts.compareTo(stated) != 0) {
                findings.add(new Finding("T4_TOTAL", Severity.ERROR, T4 + ReportFormat.TABLE4_COLUMNS.get(group * 5 + 4), null,
                        Numbers.plain(parts) + "（维持、纠正、其他、尚未审结之和）", Numbers.plain(stated),
                        "总计不等于结果维持、结果纠正、其他结果、尚未审结之和"));
            }
        }
    }

    static BigDecimal sum(List<BigDecimal> cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal c : cells) {
            if (c == null) {
                return null;
            }
            total = total.add(c);
        }
        return total;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
