package cn.gongkai.domain.report;

import cn.gongkai.domain.application.OutcomeGroup;
import cn.gongkai.domain.report.AnnualReport.DocumentCounts;
import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.ReportInputs.FeesCollected;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Factual drafts of the text sections 一, 五 and 六, written from the tables: counts, the 主动公开率, the change against
 * last year and (2021 format) the processing fees collected. Staff replace them with their own words; the
 * placeholders in 【】 mark what only staff can say, and the checks warn while one is left.
 */
public final class ReportDrafts {
    public static final String PLACEHOLDER_OPEN = "【";

    private ReportDrafts() {
    }

    public static Map<String, String> draft(AnnualReport report, FeesCollected fees) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("一", overview(report));
        sections.put("五", problems(report));
        sections.put("六", other(report, fees == null ? FeesCollected.NONE : fees));
        return sections;
    }

    private static String overview(AnnualReport r) {
        StringBuilder text = new StringBuilder();
        text.append(r.year()).append("年，").append(r.agency())
                .append("贯彻落实《中华人民共和国政府信息公开条例》，做好政府信息主动公开和依申请公开工作。")
                .append(PLACEHOLDER_OPEN).append("请补充本机关政府信息管理、平台建设、监督保障等工作情况】\n");
        text.append("（一）主动公开。");
        DocumentCounts docs = r.documents();
        if (docs != null && docs.total() > 0) {
            text.append(documentsClause("本年度", docs));
            DocumentCounts last = r.previous() == null ? null : r.previous().documents();
            if (last != null && last.total() > 0) {
                text.append("；").append(documentsClause((r.year() - 1) + "年度", last));
                text.append("。主动公开率较上年");
                BigDecimal change = docs.proactiveRate().subtract(last.proactiveRate());
                text.append(change.signum() == 0 ? "持平" : (change.signum() > 0 ? "提高" : "下降")
                        + Numbers.plain(change.abs()) + "个百分点");
            }
            text.append("。");
        }
        text.append(table2Sentence(r)).append("\n");
        text.append("（二）依申请公开。").append(applicationsSentence(r)).append("\n");
        text.append("（三）行政复议和行政诉讼。").append(casesSentence(r));
        return text.toString();
    }

    private static String documentsClause(String when, DocumentCounts docs) {
        return when + "制发文件" + docs.total() + "件，其中主动公开" + docs.proactive() + "件，依申请公开"
                + docs.onApplication() + "件，不予公开" + docs.notDisclosed() + "件，主动公开率为"
                + Numbers.plain(docs.proactiveRate()) + "%";
    }

    private static String table2Sentence(AnnualReport r) {
        boolean format2019 = r.reportFormat() == ReportFormat.GUOBAN_2019_60;
        String item1 = "第二十条第（一）项";
        Row regulations = r.table2Row(item1, "规章");
        Row normative = r.table2Row(item1, format2019 ? "规范性文件" : "行政规范性文件");
        StringBuilder s = new StringBuilder();
        if (regulations != null && normative != null) {
            if (format2019) {
                s.append("本年新制作规章").append(cell(regulations, 0)).append("件、规范性文件").append(cell(normative, 0))
                        .append("件，新公开规章").append(cell(regulations, 1)).append("件、规范性文件").append(cell(normative, 1)).append("件。");
            } else {
                s.append("本年制发规章").append(cell(regulations, 0)).append("件、行政规范性文件").append(cell(normative, 0))
                        .append("件，废止规章").append(cell(regulations, 1)).append("件、行政规范性文件").append(cell(normative, 1))
                        .append("件，现行有效规章").append(cell(regulations, 2)).append("件、行政规范性文件")
                        .append(cell(normative, 2)).append("件。");
            }
        }
        int decisions = format2019 ? 2 : 0;
        Row licensing = r.table2Row("第二十条第（五）项", "行政许可");
        Row penalty = r.table2Row("第二十条第（六）项", "行政处罚");
        Row enforcement = r.table2Row("第二十条第（六）项", "行政强制");
        if (licensing != null && penalty != null && enforcement != null) {
            s.append("作出行政许可决定").append(cell(licensing, decisions)).append("件、行政处罚决定")
                    .append(cell(penalty, decisions)).append("件、行政强制决定").append(cell(enforcement, decisions)).append("件。");
        }
        Row procurement = r.table2Row("第二十条第（九）项", "政府集中采购");
        if (procurement != null) {
            s.append("政府集中采购项目").append(cell(procurement, 0)).append("个，采购总金额")
                    .append(Numbers.grouped(procurement.cells().get(1))).append("元。");
        }
        return s.toString();
    }

    private static String cell(Row row, int i) {
        return i < row.cells().size() ? Numbers.plain(row.cells().get(i)) : "";
    }

    private static String applicationsSentence(AnnualReport r) {
        List<Row> t3 = r.table3();
        if (t3.isEmpty()) {
            return "";
        }
        ReportFormat format = r.reportFormat();
        Map<OutcomeGroup, BigDecimal> byGroup = new LinkedHashMap<>();
        List<ReportFormat.Table3Row> layout = format.table3();
        for (int i = 0; i < layout.size() && i < t3.size(); i++) {
            if (layout.get(i).kind() == ReportFormat.Table3Row.Kind.OUTCOME) {
                byGroup.merge(layout.get(i).outcomes().getFirst().group(), total(t3.get(i)), BigDecimal::add);
            }
        }
        Row received = t3.getFirst();
        BigDecimal organisations = total(received).subtract(received.cells().getFirst());
        return "本年度新收政府信息公开申请" + Numbers.plain(total(received)) + "件（自然人"
                + Numbers.plain(received.cells().getFirst()) + "件，法人或其他组织" + Numbers.plain(organisations)
                + "件），上年结转" + Numbers.plain(total(t3.get(1))) + "件；本年度办结" + Numbers.plain(total(t3.get(t3.size() - 2)))
                + "件，其中予以公开" + n(byGroup, OutcomeGroup.DISCLOSED) + "件，部分公开" + n(byGroup, OutcomeGroup.PARTIALLY_DISCLOSED)
                + "件，不予公开" + n(byGroup, OutcomeGroup.WITHHELD) + "件，无法提供" + n(byGroup, OutcomeGroup.UNAVAILABLE)
                + "件，不予处理" + n(byGroup, OutcomeGroup.NOT_HANDLED) + "件，其他处理" + n(byGroup, OutcomeGroup.OTHER)
                + "件；结转下年度继续办理" + Numbers.plain(total(t3.getLast())) + "件。";
    }

    private static String n(Map<OutcomeGroup, BigDecimal> byGroup, OutcomeGroup group) {
        return Numbers.plain(byGroup.getOrDefault(group, BigDecimal.ZERO));
    }

    private static BigDecimal total(Row row) {
        BigDecimal total = row.cells().getLast();
        return total == null ? BigDecimal.ZERO : total;
    }

    private static String casesSentence(AnnualReport r) {
        List<BigDecimal> t4 = r.table4();
        if (t4.size() < 15) {
            return "";
        }
        BigDecimal litigation = nz(t4.get(9)).add(nz(t4.get(14)));
        return "本年度因政府信息公开工作被申请行政复议" + Numbers.plain(nz(t4.get(4))) + "件，其中结果维持" + Numbers.plain(nz(t4.get(0)))
                + "件、结果纠正" + Numbers.plain(nz(t4.get(1))) + "件、其他结果" + Numbers.plain(nz(t4.get(2))) + "件、尚未审结"
                + Numbers.plain(nz(t4.get(3))) + "件；被提起行政诉讼" + Numbers.plain(litigation) + "件。";
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String problems(AnnualReport r) {
        StringBuilder s = new StringBuilder();
        List<Row> t3 = r.table3();
        if (!t3.isEmpty()) {
            s.append("本年度结转下年度继续办理的政府信息公开申请").append(Numbers.plain(total(t3.getLast()))).append("件");
            List<BigDecimal> t4 = r.table4();
            if (t4.size() == 15) {
                BigDecimal corrected = nz(t4.get(1)).add(nz(t4.get(6))).add(nz(t4.get(11)));
                s.append("，行政复议、行政诉讼结果纠正").append(Numbers.plain(corrected)).append("件");
            }
            s.append("。");
        }
        s.append(PLACEHOLDER_OPEN).append("请填写本年度政府信息公开工作存在的主要问题及具体改进措施】");
        return s.toString();
    }

    private static String other(AnnualReport r, FeesCollected fees) {
        if (r.reportFormat() == ReportFormat.GUOBAN_2021_30) {
            return fees.applications() == 0 ? "本年度未收取信息处理费。"
                    : "本年度依据《政府信息公开信息处理费管理办法》对" + fees.applications() + "件申请收取信息处理费"
                    + Numbers.plain(fees.amountYuan()) + "元。";
        }
        return "无。";
    }
}
