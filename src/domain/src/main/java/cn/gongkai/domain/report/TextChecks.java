package cn.gongkai.domain.report;

import cn.gongkai.domain.application.OutcomeGroup;
import cn.gongkai.domain.report.AnnualReport.DocumentCounts;
import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.Finding.Severity;
import cn.gongkai.domain.report.ReportFormat.Table3Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the text sections state against the tables: the 主动公开率 against the document counts stated beside it
 * (the arithmetic) and against the recorded counts, its change in 百分点 against last year, and the counts of
 * applications, outcomes, cases, documents and decisions against their cells. A sentence is split into clauses at
 * semicolons; a clause naming another year than the report's is compared with last year's data, or not at all.
 */
final class TextChecks {
    private static final Pattern SENTENCES = Pattern.compile("[^。！？!?\\n]+");
    private static final Pattern CLAUSES = Pattern.compile("[^；;]+");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern DOC_PROACTIVE = Pattern.compile("主动公开(?:文件|公文)?(?:共|为)?" + NUM + "件");
    private static final Pattern DOC_ON_APPLICATION = Pattern.compile("依申请公开(?:文件|公文)?(?:共|为)?" + NUM + "件");
    private static final Pattern DOC_NOT_DISCLOSED = Pattern.compile("不予公开(?:文件|公文)?(?:共|为)?" + NUM + "件");
    private static final Pattern RATE = Pattern.compile("主动公开率(?:为|是|达|达到)?" + NUM + "[%％]");
    private static final Pattern POINTS = Pattern.compile("(提高|上升|增加|增长|下降|降低|减少)" + NUM + "个百分点");
    private static final Pattern PERCENT = Pattern.compile(NUM + "[%％]");
    private static final Pattern CASE_RESULT = Pattern.compile("(结果维持|结果纠正|其他结果|尚未审结)" + NUM + "件");

    private record Claim(Pattern pattern, String what, List<Function<AnnualReport, Cell>> cells) {
    }

    /** A cell's value and where it is; null value when the table lacks it. */
    private record Cell(BigDecimal value, String location) {
    }

    private static final List<Claim> CLAIMS = List.of(
            claim("(?:新收|收到)(?:政府信息公开)?申请(?:共|总计|合计)?" + NUM + "件", "新收申请", r -> t3Total(r, 0)),
            claim("上年结转(?:政府信息公开申请)?(?:共)?" + NUM + "件", "上年结转申请", r -> t3Total(r, 1)),
            claim("办结(?:政府信息公开申请)?(?:共)?" + NUM + "件", "办结申请", r -> t3Total(r, -2)),
            claim("结转下一?年度(?:继续办理)?(?:的)?(?:政府信息公开)?(?:申请)?" + NUM + "件", "结转下年度申请", r -> t3Total(r, -1)),
            claim("予以公开" + NUM + "件", "予以公开", r -> group(r, OutcomeGroup.DISCLOSED)),
            claim("部分公开" + NUM + "件", "部分公开", r -> group(r, OutcomeGroup.PARTIALLY_DISCLOSED)),
            claim("不予公开" + NUM + "件", "不予公开", r -> group(r, OutcomeGroup.WITHHELD)),
            claim("无法提供" + NUM + "件", "无法提供", r -> group(r, OutcomeGroup.UNAVAILABLE)),
            claim("不予处理" + NUM + "件", "不予处理", r -> group(r, OutcomeGroup.NOT_HANDLED)),
            claim("其他处理" + NUM + "件", "其他处理", r -> group(r, OutcomeGroup.OTHER)),
            claim("行政复议、行政诉讼结果纠正" + NUM + "件", "复议诉讼结果纠正", r -> t4(r, 1, 6, 11)),
            claim("(?<!、)行政复议(?:案件)?(?:共)?" + NUM + "件", "行政复议", r -> t4(r, 4)),
            claim("行政诉讼(?:案件)?(?:共)?" + NUM + "件", "行政诉讼", r -> t4(r, 9, 14)),
            claim("(?:制发|新制作)规章" + NUM + "件、(?:行政)?规范性文件" + NUM + "件", "制发规章、规范性文件",
                    r -> t2(r, "第二十条第（一）项", 0, "规章"), r -> t2(r, "第二十条第（一）项", 0, null)),
            claim("新公开规章" + NUM + "件、规范性文件" + NUM + "件", "新公开规章、规范性文件",
                    r -> t2(r, "第二十条第（一）项", 1, "规章"), r -> t2(r, "第二十条第（一）项", 1, null)),
            claim("废止规章" + NUM + "件、行政规范性文件" + NUM + "件", "废止规章、行政规范性文件",
                    r -> t2(r, "第二十条第（一）项", 1, "规章"), r -> t2(r, "第二十条第（一）项", 1, null)),
            claim("现行有效规章" + NUM + "件、行政规范性文件" + NUM + "件", "现行有效规章、行政规范性文件",
                    r -> t2(r, "第二十条第（一）项", 2, "规章"), r -> t2(r, "第二十条第（一）项", 2, null)),
            claim("行政许可(?:处理)?决定" + NUM + "件", "行政许可决定", r -> t2Decisions(r, "第二十条第（五）项", "行政许可")),
            claim("行政处罚(?:处理)?决定" + NUM + "件", "行政处罚决定", r -> t2Decisions(r, "第二十条第（六）项", "行政处罚")),
            claim("行政强制(?:处理)?决定" + NUM + "件", "行政强制决定", r -> t2Decisions(r, "第二十条第（六）项", "行政强制")),
            claim("政府集中采购项目" + NUM + "个", "政府集中采购项目", r -> t2(r, "第二十条第（九）项", 0, "政府集中采购")),
            claim("采购总金额((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)元", "采购总金额", r -> t2(r, "第二十条第（九）项", 1, "政府集中采购")));

    private TextChecks() {
    }

    @SafeVarargs
    private static Claim claim(String regex, String what, Function<AnnualReport, Cell>... cells) {
        return new Claim(Pattern.compile(regex), what, List.of(cells));
    }

    static List<Finding> check(AnnualReport report) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> section : report.sections().entrySet()) {
            String text = section.getValue();
            if (text == null) {
                continue;
            }
            Matcher sentences = SENTENCES.matcher(text);
            int index = 0;
            while (sentences.find()) {
                String sentence = sentences.group().trim();
                if (sentence.isEmpty()) {
                    continue;
                }
                index++;
                String where = section.getKey() + "/第" + index + "句";
                if (sentence.contains(ReportDrafts.PLACEHOLDER_OPEN)) {
                    findings.add(new Finding("TEXT_PLACEHOLDER", Severity.WARNING, where, sentence, "本机关的实际情况",
                            "待填写的提示", "草稿中待工作人员填写的内容尚未替换"));
                }
                Matcher clauses = CLAUSES.matcher(sentence);
                while (clauses.find()) {
                    checkClause(report, clauses.group(), sentence, where, findings);
                }
            }
        }
        if (report.reportFormat() == ReportFormat.GUOBAN_2021_30) {
            String six = report.sections().get("六");
            if (six == null || !six.contains("信息处理费")) {
                findings.add(new Finding("TEXT_FEES_NOT_REPORTED", Severity.WARNING, "六", six, "收取信息处理费的情况",
                        "未提及", "2021年格式要求在“其他需要报告的事项”中专门报告收取信息处理费的情况"));
            }
        }
        return findings;
    }

    private static void checkClause(AnnualReport report, String clause, String sentence, String where,
                                    List<Finding> findings) {
        Integer year = null;
        Matcher y = YEAR.matcher(clause);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        boolean lastYear = year != null ? year == report.year() - 1 : clause.contains("上年度") || clause.contains("上一年度");
        boolean otherYear = year != null && year != report.year() && !lastYear;
        Matcher rate = RATE.matcher(clause);
        boolean rateFound = rate.find();
        BigDecimal p = number(DOC_PROACTIVE, clause);
        BigDecimal q = number(DOC_ON_APPLICATION, clause);
        boolean documents = rateFound || clause.contains("百分点") && clause.contains("主动公开率") || p != null && q != null;
        if (documents) {
            checkDocuments(report, clause, sentence, where, lastYear, otherYear, rateFound ? rate : null, findings);
            return;
        }
        unverifiedPercentages(clause, sentence, where, findings);
        if (year != null && year != report.year()) {
            return;
        }
        if (clause.contains("行政复议") && !clause.contains("行政诉讼")) {
            Matcher m = CASE_RESULT.matcher(clause);
            while (m.find()) {
                int column = List.of("结果维持", "结果纠正", "其他结果", "尚未审结").indexOf(m.group(1));
                compare(where, sentence, "行政复议" + m.group(1), Numbers.parse(m.group(2)), t4(report, column), findings);
            }
        }
        for (Claim claim : CLAIMS) {
            Matcher m = claim.pattern().matcher(clause);
            while (m.find()) {
                for (int g = 1; g <= claim.cells().size(); g++) {
                    compare(where, sentence, claim.what(), Numbers.parse(m.group(g)), claim.cells().get(g - 1).apply(report),
                            findings);
                }
            }
        }
    }

    private static void checkDocuments(AnnualReport report, String clause, String sentence, String where,
                                       boolean lastYear, boolean otherYear, Matcher rate, List<Finding> findings) {
        BigDecimal p = number(DOC_PROACTIVE, clause);
        BigDecimal q = number(DOC_ON_APPLICATION, clause);
        BigDecimal x = number(DOC_NOT_DISCLOSED, clause);
        BigDecimal stated = rate == null ? null : Numbers.parse(rate.group(1));
        boolean arithmeticWrong = false;
        if (stated != null && p != null && q != null && x != null) {
            BigDecimal whole = p.add(q).add(x);
            if (whole.signum() > 0) {
                int decimals = Math.max(0, stated.scale());
                BigDecimal ratio = p.multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.HALF_UP);
                if (!matches(stated, ratio)) {
                    arithmeticWrong = true;
                    findings.add(new Finding("TEXT_RATE_ARITHMETIC", Severity.ERROR, where, sentence,
                            Numbers.plain(ratio.setScale(decimals, RoundingMode.HALF_UP)) + "%（" + Numbers.plain(p) + "÷("
                                    + Numbers.plain(p) + "+" + Numbers.plain(q) + "+" + Numbers.plain(x) + ")）",
                            Numbers.plain(stated) + "%", "所述主动公开率与同句所列文件数不符"));
                }
            }
        }
        if (otherYear) {
            return;
        }
        DocumentCounts known = lastYear ? (report.previous() == null ? null : report.previous().documents()) : report.documents();
        String whose = lastYear ? "上年" : "本年";
        if (known != null) {
            compareDocs(where, sentence, whose + "主动公开文件", p, known.proactive(), findings);
            compareDocs(where, sentence, whose + "依申请公开文件", q, known.onApplication(), findings);
            compareDocs(where, sentence, whose + "不予公开文件", x, known.notDisclosed(), findings);
            if (stated != null && !arithmeticWrong && known.total() > 0) {
                BigDecimal ratio = BigDecimal.valueOf(known.proactive()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(known.total()), 10, RoundingMode.HALF_UP);
                if (!matches(stated, ratio)) {
                    findings.add(new Finding("TEXT_RATE_MISMATCH", Severity.ERROR, where, sentence,
                            Numbers.plain(known.proactiveRate()) + "%（登记的文件：" + known.proactive() + "÷" + known.total() + "）",
                            Numbers.plain(stated) + "%", whose + "主动公开率与文件登记不符"));
                }
            }
        }
        Matcher points = POINTS.matcher(clause);
        DocumentCounts now = report.documents();
        DocumentCounts before = report.previous() == null ? null : report.previous().documents();
        if (points.find() && now != null && before != null && now.total() > 0 && before.total() > 0) {
            BigDecimal change = now.proactiveRate().subtract(before.proactiveRate());
            boolean down = List.of("下降", "降低", "减少").contains(points.group(1));
            BigDecimal statedChange = Numbers.parse(points.group(2));
            if (down) {
                statedChange = statedChange.negate();
            }
            if (statedChange.compareTo(change) != 0) {
                findings.add(new Finding("TEXT_POINTS_MISMATCH", Severity.ERROR, where, sentence,
                        (change.signum() >= 0 ? "提高" : "下降") + Numbers.plain(change.abs()) + "个百分点（"
                                + Numbers.plain(now.proactiveRate()) + "% − " + Numbers.plain(before.proactiveRate()) + "%）",
                        points.group(), "主动公开率的变化与本年、上年的主动公开率不符"));
            }
        }
    }

    /** A stated percentage is right if the exact ratio rounds (half up) or truncates to it. */
    private static boolean matches(BigDecimal stated, BigDecimal exact) {
        int decimals = Math.max(0, stated.scale());
        return exact.setScale(decimals, RoundingMode.HALF_UP).compareTo(stated) == 0
                || exact.setScale(decimals, RoundingMode.DOWN).compareTo(stated) == 0;
    }

    private static void unverifiedPercentages(String clause, String sentence, String where, List<Finding> findings) {
        Matcher m = PERCENT.matcher(clause);
        while (m.find()) {
            findings.add(new Finding("TEXT_PERCENT_UNVERIFIED", Severity.INFO, where, sentence, "可与表格核对的比率",
                    m.group(), "这一百分比无法与表格或登记数据核对，请人工核实"));
        }
    }

    private static void compareDocs(String where, String sentence, String what, BigDecimal stated, long known,
                                    List<Finding> findings) {
        if (stated != null && stated.compareTo(BigDecimal.valueOf(known)) != 0) {
            findings.add(new Finding("TEXT_COUNT_MISMATCH", Severity.ERROR, where, sentence, known + "（文件登记）",
                    Numbers.plain(stated), "文中" + what + "数与文件登记不符"));
        }
    }

    private static void compare(String where, String sentence, String what, BigDecimal stated, Cell cell,
                                List<Finding> findings) {
        if (cell == null || cell.value() == null) {
            return;
        }
        if (stated.compareTo(cell.value()) != 0) {
            findings.add(new Finding("TEXT_COUNT_MISMATCH", Severity.ERROR, where, sentence,
                    Numbers.plain(cell.value()) + "（" + cell.location() + "）", Numbers.plain(stated),
                    "文中所述" + what + "数与表格不符"));
        }
    }

    private static BigDecimal number(Pattern pattern, String clause) {
        Matcher m = pattern.matcher(clause);
        return m.find() ? Numbers.parse(m.group(1)) : null;
    }

    private static Cell t3Total(AnnualReport r, int index) {
        ReportFormat format = r.reportFormat();
        if (format == null) {
            return null;
        }
        List<Table3Row> layout = format.table3();
        Table3Row l = layout.get(index >= 0 ? index : layout.size() + index);
        Row row = r.table3Row(l.name());
        return row == null || row.cells().size() != 7 ? null : new Cell(row.cells().get(6), ReportChecks.T3 + l.name() + "/总计");
    }

    private static Cell group(AnnualReport r, OutcomeGroup group) {
        ReportFormat format = r.reportFormat();
        if (format == null) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Table3Row l : format.table3()) {
            if (l.kind() == Table3Row.Kind.OUTCOME && l.outcomes().getFirst().group() == group) {
                Row row = r.table3Row(l.name());
                if (row == null || row.cells().size() != 7 || row.cells().get(6) == null) {
                    return null;
                }
                total = total.add(row.cells().get(6));
            }
        }
        return new Cell(total, ReportChecks.T3 + "三、本年度办理结果/" + group.displayName() + "/总计");
    }

    private static Cell t4(AnnualReport r, int... columns) {
        if (r.table4().size() != 15) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder where = new StringBuilder();
        for (int c : columns) {
            if (r.table4().get(c) == null) {
                return null;
            }
            total = total.add(r.table4().get(c));
            where.append(where.isEmpty() ? ReportChecks.T4 : " + ").append(ReportFormat.TABLE4_COLUMNS.get(c));
        }
        return new Cell(total, where.toString());
    }

    /** A cell of table 二; {@code name} null means the block's second row. */
    private static Cell t2(AnnualReport r, String item, int column, String name) {
        return r.table2().stream().filter(s -> s.item().equals(item)).findFirst().map(s -> {
            Row row = name == null ? (s.rows().size() > 1 ? s.rows().get(1) : null)
                    : s.rows().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (row == null || column >= row.cells().size()) {
                return null;
            }
            return new Cell(row.cells().get(column), ReportChecks.T2 + item + "/" + row.name() + "/" + s.columns().get(column));
        }).orElse(null);
    }

    private static Cell t2Decisions(AnnualReport r, String item, String name) {
        int column = r.reportFormat() == ReportFormat.GUOBAN_2019_60 ? 2 : 0;
        return t2(r, item, column, name);
    }
}
