package cn.gongkai.domain.report;

import java.util.List;

/**
 * The tables of a real district office's 2020 annual report (2019 format), typed in cell by cell, with the one
 * sentence of its section 一 that states the 主动公开率 for 2020 and 2019 (the 2019 rate is wrong: 18 of 22 is
 * 81.82%, not 81.18%).
 */
public final class SeedReportFixture {
    private SeedReportFixture() {
    }

    public static final String AGENCY = "上海市普陀区金融服务办公室";
    public static final int YEAR = 2020;
    public static final String RATE_SENTENCE = "我办2020年度主动公开文件27件,依申请公开3件,不予公开2件,主动公开率为84.38%;"
            + "2019年度主动公开文件18件,依申请公开2件,不予公开2件,主动公开率为81.18%。"
            + "可见,2020年度主动公开件数及主动公开率均较2019年有所提高。";

    /** Table 二 as printed, block by block, row by row. */
    public static final List<List<List<Long>>> TABLE2 = List.of(
            List.of(List.of(0L, 0L, 0L), List.of(0L, 0L, 0L)),
            List.of(List.of(0L, 11L, 11L), List.of(0L, 0L, 0L)),
            List.of(List.of(0L, 0L, 0L), List.of(0L, 0L, 0L)),
            List.of(List.of(0L, 0L)),
            List.of(List.of(9L, 2_232_951L)));

    /** Table 三, 23 rows of 7 cells (2019 format). */
    public static final List<List<Long>> TABLE3;

    static {
        List<Long> zero = List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        java.util.ArrayList<List<Long>> rows = new java.util.ArrayList<>();
        rows.add(List.of(3L, 0L, 0L, 0L, 0L, 0L, 3L));   // 一、本年新收
        rows.add(zero);                                    // 二、上年结转
        rows.add(List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));   // （一）予以公开
        rows.add(zero);                                    // （二）部分公开
        for (int i = 0; i < 8; i++) {
            rows.add(zero);                                // （三）不予公开 1–8
        }
        rows.add(List.of(2L, 0L, 0L, 0L, 0L, 0L, 2L));   // （四）1.本机关不掌握相关政府信息
        rows.add(zero);
        rows.add(zero);
        for (int i = 0; i < 5; i++) {
            rows.add(zero);                                // （五）不予处理 1–5
        }
        rows.add(zero);                                    // （六）其他处理
        rows.add(List.of(3L, 0L, 0L, 0L, 0L, 0L, 3L));   // （七）总计
        rows.add(zero);                                    // 四、结转下年度继续办理
        TABLE3 = List.copyOf(rows);
    }

    /** Table 四: one reconsideration, upheld. */
    public static final List<Long> TABLE4 = List.of(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
}
