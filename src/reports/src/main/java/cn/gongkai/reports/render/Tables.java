package cn.gongkai.reports.render;

import cn.gongkai.domain.report.AnnualReport;
import cn.gongkai.domain.report.AnnualReport.Row;
import cn.gongkai.domain.report.AnnualReport.Table2Section;
import cn.gongkai.domain.report.Numbers;
import cn.gongkai.domain.report.ReportFormat;
import cn.gongkai.reports.render.Grid.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Tables 二, 三 and 四 in the official layout (merged headings as in the templates of 60号 and 30号). */
public final class Tables {
    private Tables() {
    }

    static String number(BigDecimal value, boolean grouped) {
        return value == null ? "" : grouped ? Numbers.grouped(value) : Numbers.plain(value);
    }

    public static Grid table2(AnnualReport report) {
        int width = 1 + report.table2().stream().mapToInt(s -> s.columns().size()).max().orElse(1);
        List<List<Cell>> rows = new ArrayList<>();
        for (Table2Section section : report.table2()) {
            rows.add(List.of(Cell.head(section.item(), 1, width)));
            List<Cell> head = new ArrayList<>();
            head.add(Cell.head("信息内容"));
            addStretched(head, section.columns().stream().map(Cell::head).toList(), width - 1, true);
            rows.add(head);
            for (Row row : section.rows()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.data(row.name()));
                List<Cell> values = new ArrayList<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    boolean money = i < section.columns().size() && section.columns().get(i).contains("金额");
                    values.add(Cell.data(number(row.cells().get(i), money)));
                }
                addStretched(cells, values, width - 1, false);
                rows.add(cells);
            }
        }
        return new Grid("二、主动公开政府信息情况", width, rows);
    }

    /** Fewer columns than the table is wide: the last one spans the rest. */
    private static void addStretched(List<Cell> into, List<Cell> cells, int width, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            int span = i == cells.size() - 1 ? width - (cells.size() - 1) : 1;
            into.add(new Cell(c.text(), 1, Math.max(1, span), header));
        }
        if (cells.isEmpty()) {
            into.add(new Cell("", 1, width, header));
        }
    }

    public static Grid table3(AnnualReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head(ReportFormat.TABLE3_NOTE, 1, 10)));
        rows.add(List.of(Cell.head("申请人情况", 2, 3), Cell.head("自然人", 2, 1), Cell.head("法人或其他组织", 1, 5),
                Cell.head("总计", 2, 1)));
        List<Cell> kinds = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String c = ReportFormat.TABLE3_COLUMNS.get(i);
            kinds.add(Cell.head(c.substring(c.indexOf('/') + 1)));
        }
        rows.add(kinds);
        List<Row> data = report.table3();
        int results = (int) data.stream().filter(r -> r.name().startsWith("三、")).count();
        boolean resultsOpened = false;
        String openGroup = null;
        for (Row row : data) {
            String[] parts = row.name().split("/");
            List<Cell> cells = new ArrayList<>();
            if (parts.length == 1) {
                cells.add(Cell.head(parts[0], 1, 3));
            } else {
                if (!resultsOpened) {
                    cells.add(Cell.head(parts[0], results, 1));
                    resultsOpened = true;
                }
                if (parts.length == 2) {
                    cells.add(Cell.head(parts[1], 1, 2));
                } else {
                    if (!parts[1].equals(openGroup)) {
                        String group = parts[1];
                        int n = (int) data.stream().filter(r -> r.name().split("/").length == 3 && r.name().split("/")[1].equals(group)).count();
                        cells.add(Cell.head(group, n, 1));
                        openGroup = group;
                    }
                    cells.add(Cell.head(parts[2]));
                }
            }
            for (BigDecimal v : row.cells()) {
                cells.add(Cell.data(number(v, false)));
            }
            rows.add(cells);
        }
        return new Grid("三、收到和处理政府信息公开申请情况", 10, rows);
    }

    public static Grid table4(AnnualReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("行政复议", 1, 5), Cell.head("行政诉讼", 1, 10)));
        List<Cell> second = new ArrayList<>();
        for (String label : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
            second.add(Cell.head(label, 2, 1));
        }
        second.add(Cell.head("未经复议直接起诉", 1, 5));
        second.add(Cell.head("复议后起诉", 1, 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (String label : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
                third.add(Cell.head(label));
            }
        }
        rows.add(third);
        List<Cell> values = new ArrayList<>();
        for (BigDecimal v : report.table4()) {
            values.add(Cell.data(number(v, false)));
        }
        rows.add(values);
        return new Grid("四、政府信息公开行政复议、行政诉讼情况", 15, rows);
    }
}
