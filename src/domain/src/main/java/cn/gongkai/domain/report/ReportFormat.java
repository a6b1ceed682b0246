package cn.gongkai.domain.report;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two official layouts of the 政府信息公开工作年度报告: 国办公开办函〔2019〕60号 (reports for 2019 and 2020) and
 * 国办公开办函〔2021〕30号 (from the 2021 report on). Rows and columns are the official ones, in official order.
 */
public enum ReportFormat {
    GUOBAN_2019_60("2019-60", "国办公开办函〔2019〕60号"),
    GUOBAN_2021_30("2021-30", "国办公开办函〔2021〕30号");

    /** Table 三's columns: the six applicant kinds, then the total. */
    public static final List<String> TABLE3_COLUMNS;
    /** Table 四's fifteen columns. */
    public static final List<String> TABLE4_COLUMNS = List.of(
            "行政复议/结果维持", "行政复议/结果纠正", "行政复议/其他结果", "行政复议/尚未审结", "行政复议/总计",
            "行政诉讼/未经复议直接起诉/结果维持", "行政诉讼/未经复议直接起诉/结果纠正", "行政诉讼/未经复议直接起诉/其他结果",
            "行政诉讼/未经复议直接起诉/尚未审结", "行政诉讼/未经复议直接起诉/总计",
            "行政诉讼/复议后起诉/结果维持", "行政诉讼/复议后起诉/结果纠正", "行政诉讼/复议后起诉/其他结果",
            "行政诉讼/复议后起诉/尚未审结", "行政诉讼/复议后起诉/总计");
    public static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final List<String> SECTION_HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");

    static {
        List<String> columns = new ArrayList<>();
        for (ApplicantKind kind : ApplicantKind.values()) {
            columns.add(kind.isOrganisation() ? "法人或其他组织/" + kind.displayName() : kind.displayName());
        }
        columns.add("总计");
        TABLE3_COLUMNS = List.copyOf(columns);
    }

    private static final String RESULTS = "三、本年度办理结果/";

    private final String code;
    private final String document;

    ReportFormat(String code, String document) {
        this.code = code;
        this.document = document;
    }

    /** The format the year's report is due in: the 2019 one for 2019 and 2020, the 2021 one after. */
    public static ReportFormat forYear(int year) {
        return year <= 2020 ? GUOBAN_2019_60 : GUOBAN_2021_30;
    }

    public static Optional<ReportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code) || f.name().equalsIgnoreCase(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String document() {
        return document;
    }

    /** Table 二's blocks (one per item of Art. 20), with their rows and columns. */
    public List<Table2Block> table2() {
        return switch (this) {
            case GUOBAN_2019_60 -> List.of(
                    new Table2Block("第二十条第（一）项", List.of(Measure.MADE, Measure.PUBLISHED, Measure.PUBLIC_TOTAL),
                            List.of(Subject.REGULATION, Subject.NORMATIVE_DOCUMENT)),
                    new Table2Block("第二十条第（五）项", List.of(Measure.ITEMS_LAST_YEAR, Measure.ITEMS_CHANGE, Measure.DECISIONS),
                            List.of(Subject.LICENSING, Subject.OTHER_SERVICE)),
                    new Table2Block("第二十条第（六）项", List.of(Measure.ITEMS_LAST_YEAR, Measure.ITEMS_CHANGE, Measure.DECISIONS),
                            List.of(Subject.PENALTY, Subject.ENFORCEMENT)),
                    new Table2Block("第二十条第（八）项", List.of(Measure.ITEMS_LAST_YEAR, Measure.ITEMS_CHANGE),
                            List.of(Subject.FEE)),
                    new Table2Block("第二十条第（九）项", List.of(Measure.PROJECTS, Measure.AMOUNT),
                            List.of(Subject.PROCUREMENT)));
            case GUOBAN_2021_30 -> List.of(
                    new Table2Block("第二十条第（一）项", List.of(Measure.ISSUED, Measure.REPEALED, Measure.IN_FORCE),
                            List.of(Subject.REGULATION, Subject.NORMATIVE_DOCUMENT)),
                    new Table2Block("第二十条第（五）项", List.of(Measure.YEAR_DECISIONS), List.of(Subject.LICENSING)),
                    new Table2Block("第二十条第（六）项", List.of(Measure.YEAR_DECISIONS), List.of(Subject.PENALTY, Subject.ENFORCEMENT)),
                    new Table2Block("第二十条第（八）项", List.of(Measure.FEE_AMOUNT_WAN), List.of(Subject.FEE)));
        };
    }

    /** Table 三's rows in official order. */
    public List<Table3Row> table3() {
        List<Table3Row> rows = new ArrayList<>();
        rows.add(new Table3Row("一、本年新收政府信息公开申请数量", Table3Row.Kind.NEW, List.of()));
        rows.add(new Table3Row("二、上年结转政府信息公开申请数量", Table3Row.Kind.CARRIED_IN, List.of()));
        for (Outcome outcome : Outcome.values()) {
            String group = switch (outcome.group()) {
                case DISCLOSED -> "（一）予以公开";
                case PARTIALLY_DISCLOSED -> "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
                default -> outcome.group().displayName();
            };
            boolean single = outcome.group() == cn.gongkai.domain.application.OutcomeGroup.DISCLOSED
                    || outcome.group() == cn.gongkai.domain.application.OutcomeGroup.PARTIALLY_DISCLOSED;
            if (outcome.group() == cn.gongkai.domain.application.OutcomeGroup.OTHER) {
                if (this == GUOBAN_2019_60) {
                    if (outcome == Outcome.OTHER_SUPPLEMENT_OVERDUE) {
                        rows.add(new Table3Row(RESULTS + group, Table3Row.Kind.OUTCOME,
                                List.of(Outcome.OTHER_SUPPLEMENT_OVERDUE, Outcome.OTHER_FEE_UNPAID, Outcome.OTHER)));
                    }
                    continue;
                }
            }
            int number = numberInGroup(outcome);
            rows.add(new Table3Row(single ? RESULTS + group : RESULTS + group + "/" + number + "." + outcome.displayName(),
                    Table3Row.Kind.OUTCOME, List.of(outcome)));
        }
        rows.add(new Table3Row(RESULTS + "（七）总计", Table3Row.Kind.OUTCOME_TOTAL, List.of()));
        rows.add(new Table3Row("四、结转下年度继续办理", Table3Row.Kind.CARRIED_OUT, List.of()));
        return List.copyOf(rows);
    }

    private static int numberInGroup(Outcome outcome) {
        int n = 0;
        for (Outcome o : Outcome.values()) {
            if (o.group() == outcome.group()) {
                n++;
                if (o == outcome) {
                    return n;
                }
            }
        }
        throw new IllegalStateException();
    }

    /** One block of table 二. */
    public record Table2Block(String item, List<Measure> measures, List<Subject> subjects) {
        public List<String> columns() {
            return measures.stream().map(Measure::label).toList();
        }
    }

    /** A row of table 三: what it counts. */
    public record Table3Row(String name, Kind kind, List<Outcome> outcomes) {
        public enum Kind { NEW, CARRIED_IN, OUTCOME, OUTCOME_TOTAL, CARRIED_OUT }

        /** The label's last part, as printed in the row. */
        public String shortName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }
    }

    /** The rows of table 二. */
    public enum Subject {
        REGULATION("规章", "规章"),
        NORMATIVE_DOCUMENT("规范性文件", "行政规范性文件"),
        LICENSING("行政许可", "行政许可"),
        OTHER_SERVICE("其他对外管理服务事项", "其他对外管理服务事项"),
        PENALTY("行政处罚", "行政处罚"),
        ENFORCEMENT("行政强制", "行政强制"),
        FEE("行政事业性收费", "行政事业性收费"),
        PROCUREMENT("政府集中采购", "政府集中采购");

        private final String label2019;
        private final String label2021;

        Subject(String label2019, String label2021) {
            this.label2019 = label2019;
            this.label2021 = label2021;
        }

        public String label(ReportFormat format) {
            return format == GUOBAN_2019_60 ? label2019 : label2021;
        }
    }

    /** The columns of table 二. */
    public enum Measure {
        MADE("本年新制作数量"),
        PUBLISHED("本年新公开数量"),
        PUBLIC_TOTAL("对外公开总数量"),
        ITEMS_LAST_YEAR("上一年项目数量"),
        ITEMS_CHANGE("本年增/减"),
        DECISIONS("处理决定数量"),
        PROJECTS("采购项目数量"),
        AMOUNT("采购总金额"),
        ISSUED("本年制发件数"),
        REPEALED("本年废止件数"),
        IN_FORCE("现行有效件数"),
        YEAR_DECISIONS("本年处理决定数量"),
        FEE_AMOUNT_WAN("本年收费金额（单位：万元）");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the cell may be negative (only a change) or hold a fraction (only money). */
        public boolean signed() {
            return this == ITEMS_CHANGE;
        }

        public boolean money() {
            return this == AMOUNT || this == FEE_AMOUNT_WAN;
        }
    }
}
