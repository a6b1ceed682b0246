package cn.gongkai.domain.submission;

/** Well-formed submissions, to be spoiled one field at a time. */
public final class SubmissionFixture {
    private SubmissionFixture() {
    }

    public static SubmissionForm citizen() {
        return new SubmissionForm("demo", "NATURAL_PERSON", "张三", "RESIDENT_ID", "11010519491231002X", null, null, null,
                "13812345678", "zhangsan@example.cn", "北京市东城区某某街1号", "100010",
                "2023年本区老旧小区改造项目的资金安排文件", "关于老旧小区改造资金安排的通知", "东政发〔2023〕12号", null,
                "ELECTRONIC", "EMAIL");
    }

    public static SubmissionForm company() {
        return new SubmissionForm("demo", "COMMERCIAL_ENTERPRISE", "某某科技有限公司", null, null, "91350100M000100Y43",
                "李四", "王五", "010-65123456", null, "北京市东城区某某路2号", null,
                "本机关2024年度政府采购项目的中标公告", null, null, null, "PAPER", "POST");
    }
}
