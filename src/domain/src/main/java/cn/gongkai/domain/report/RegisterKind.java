package cn.gongkai.domain.report;

import cn.gongkai.domain.report.ReportFormat.Subject;

/**
 * What one entry of the proactive disclosure register (主动公开台账) records, for table 二:
 * a document (规章, 规范性文件: issued, published, repealed), a catalogue item (许可/服务/处罚/强制/收费 事项: established,
 * abolished), a number of decisions taken on a day, fees collected, or a procurement project with its amount.
 */
public enum RegisterKind {
    REGULATION(Subject.REGULATION, Nature.DOCUMENT, "规章"),
    NORMATIVE_DOCUMENT(Subject.NORMATIVE_DOCUMENT, Nature.DOCUMENT, "行政规范性文件"),
    LICENSING_ITEM(Subject.LICENSING, Nature.ITEM, "行政许可事项"),
    OTHER_SERVICE_ITEM(Subject.OTHER_SERVICE, Nature.ITEM, "其他对外管理服务事项"),
    PENALTY_ITEM(Subject.PENALTY, Nature.ITEM, "行政处罚事项"),
    ENFORCEMENT_ITEM(Subject.ENFORCEMENT, Nature.ITEM, "行政强制事项"),
    FEE_ITEM(Subject.FEE, Nature.ITEM, "行政事业性收费项目"),
    LICENSING_DECISIONS(Subject.LICENSING, Nature.DECISIONS, "行政许可处理决定"),
    OTHER_SERVICE_DECISIONS(Subject.OTHER_SERVICE, Nature.DECISIONS, "其他对外管理服务事项处理决定"),
    PENALTY_DECISIONS(Subject.PENALTY, Nature.DECISIONS, "行政处罚决定"),
    ENFORCEMENT_DECISIONS(Subject.ENFORCEMENT, Nature.DECISIONS, "行政强制决定"),
    FEE_COLLECTED(Subject.FEE, Nature.MONEY, "行政事业性收费收入"),
    PROCUREMENT(Subject.PROCUREMENT, Nature.PROJECT, "政府集中采购项目");

    public enum Nature { DOCUMENT, ITEM, DECISIONS, MONEY, PROJECT }

    private final Subject subject;
    private final Nature nature;
    private final String displayName;

    RegisterKind(Subject subject, Nature nature, String displayName) {
        this.subject = subject;
        this.nature = nature;
        this.displayName = displayName;
    }

    public Subject subject() {
        return subject;
    }

    public Nature nature() {
        return nature;
    }

    public String displayName() {
        return displayName;
    }
}
