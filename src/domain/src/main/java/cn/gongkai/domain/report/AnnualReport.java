package cn.gongkai.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One annual report's data, as published: the official rows and columns in official order, blank cells as null,
 * the text sections as strings. This is also the JSON that {@code ./gongkai report check} reads (see README).
 *
 * @param schema    always {@value #SCHEMA}
 * @param agency    who reports (an agency, or the group of a summary)
 * @param year      the reporting year
 * @param format    the official format's code: {@code 2019-60} or {@code 2021-30}
 * @param sections  the text sections by their number: 一, 五, 六
 * @param table2    table 二, block by block
 * @param table3    table 三, row by row, seven cells each
 * @param table4    table 四's fifteen cells
 * @param documents this year's documents by disclosure attribute (for the 主动公开率), when known
 * @param previous  what last year's report said, when known
 */
public record AnnualReport(String schema, String agency, int year, String format, Map<String, String> sections,
                           List<Table2Section> table2, List<Row> table3, List<BigDecimal> table4,
                           DocumentCounts documents, PreviousYear previous) {
    public static final String SCHEMA = "gongkai.annual-report/1";
    public static final List<String> TEXT_SECTIONS = List.of("一", "五", "六");

    public AnnualReport {
        sections = sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        table2 = table2 == null ? List.of() : List.copyOf(table2);
        table3 = table3 == null ? List.of() : List.copyOf(table3);
        table4 = table4 == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(table4));
    }

    public ReportFormat reportFormat() {
        return ReportFormat.ofCode(format).orElse(null);
    }

    public AnnualReport withSections(Map<String, String> replaced) {
        return new AnnualReport(schema, agency, year, format, replaced, table2, table3, table4, documents, previous);
    }

    public AnnualReport withPrevious(PreviousYear last) {
        return new AnnualReport(schema, agency, year, format, sections, table2, table3, table4, documents, last);
    }

    /** A row of a table: its official name and its cells (null = blank). */
    public record Row(String name, List<BigDecimal> cells) {
        public Row {
            cells = cells == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** A block of table 二: the item of Art. 20, its column headings and its rows. */
    public record Table2Section(String item, List<String> columns, List<Row> rows) {
        public Table2Section {
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** The agency's documents of the year by their 公开属性. */
    public record DocumentCounts(long proactive, long onApplication, long notDisclosed) {
        public long total() {
            return proactive + onApplication + notDisclosed;
        }

        /** The 主动公开率 in percent, two decimals (half up); null without documents. */
        public BigDecimal proactiveRate() {
            return total() == 0 ? null : percent(proactive, total(), 2);
        }
    }

    /**
     * What last year's report said, for the checks that compare years.
     *
     * @param carriedOut table 三's row 四 last year (seven cells)
     * @param inForce    the 现行有效件数 of 规章 and 行政规范性文件 last year, by row name
     * @param documents  last year's documents by disclosure attribute
     * @param source     where it came from: {@code snapshot} (last year's frozen report), {@code recorded}, {@code given}
     */
    public record PreviousYear(List<BigDecimal> carriedOut, Map<String, BigDecimal> inForce, DocumentCounts documents,
                               String source) {
    }

    public static BigDecimal percent(long part, long whole, int decimals) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    /** The row of table 三 with this name, or null. */
    public Row table3Row(String name) {
        return table3.stream().filter(r -> name.equals(r.name())).findFirst().orElse(null);
    }

    public Row table2Row(String item, String name) {
        return table2.stream().filter(s -> s.item().equals(item)).flatMap(s -> s.rows().stream())
                .filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
