package cn.gongkai.reports;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.report.DisclosureAttribute;
import cn.gongkai.domain.report.RegisterKind;
import cn.gongkai.domain.report.ReviewCase;
import cn.gongkai.reports.store.AgencyDocumentEntity;
import cn.gongkai.reports.store.DisclosureEntryEntity;
import cn.gongkai.reports.store.ReviewCaseEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The three registers the annual report reads besides the applications: proactive disclosure (table 二), the
 * agency's documents and their disclosure attribute (the 主动公开率), and reconsideration / litigation cases
 * (table 四). Staff record entries one by one or import many at once (all or nothing); every input is checked and
 * refused with a stable code and the field at fault.
 */
@ApplicationScoped
public class Registers {
    static final int MAX_TEXT = 500;

    public record DisclosureInput(String kind, String title, String reference, LocalDate on, LocalDate publishedOn,
                                  LocalDate endOn, Long quantity, BigDecimal amountYuan) {
    }

    public record DisclosureView(long id, String kind, String kindName, String title, String reference, LocalDate on,
                                 LocalDate publishedOn, LocalDate endOn, long quantity, BigDecimal amountYuan) {
        static DisclosureView of(DisclosureEntryEntity e) {
            return new DisclosureView(e.id, e.kind, RegisterKind.valueOf(e.kind).displayName(), e.title, e.reference,
                    e.onDate, e.publishedOn, e.endOn, e.quantity, e.amountYuan);
        }
    }

    public record DocumentInput(String title, String number, LocalDate issuedOn, String attribute) {
    }

    public record DocumentView(long id, String title, String number, LocalDate issuedOn, String attribute,
                               String attributeName) {
        static DocumentView of(AgencyDocumentEntity e) {
            return new DocumentView(e.id, e.title, e.docNumber, e.issuedOn, e.attribute,
                    DisclosureAttribute.valueOf(e.attribute).displayName());
        }
    }

    public record CaseInput(String caseNumber, String kind, String result, LocalDate filedOn, LocalDate decidedOn,
                            String note) {
    }

    public record CaseView(long id, String caseNumber, String kind, String kindName, String result, String resultName,
                           LocalDate filedOn, LocalDate decidedOn, String note) {
        static CaseView of(ReviewCaseEntity e) {
            return new CaseView(e.id, e.caseNumber, e.kind, ReviewCase.Kind.valueOf(e.kind).displayName(), e.result,
                    ReviewCase.Result.valueOf(e.result).displayName(), e.filedOn, e.decidedOn, e.note);
        }
    }

    // ---- proactive disclosure register

    @Transactional
    public DisclosureView recordDisclosure(String agency, DisclosureInput input, String by) {
        return importDisclosures(agency, List.of(input), by).getFirst();
    }

    /** All or nothing: one bad entry and none is written; the field names the entry ({@code entries[3].kind}). */
    @Transactional
    public List<DisclosureView> importDisclosures(String agency, List<DisclosureInput> inputs, String by) {
        required(inputs, "entries", "登记事项");
        List<DisclosureEntryEntity> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(disclosure(agency, inputs.get(i), by, inputs.size() == 1 ? "" : "entries[" + i + "]."));
        }
        EntityManager em = Panache.getEntityManager();
        rows.forEach(em::persist);
        em.flush();
        return rows.stream().map(DisclosureView::of).toList();
    }

    private static DisclosureEntryEntity disclosure(String agency, DisclosureInput in, String by, String prefix) {
        required(in, prefix.isEmpty() ? "entry" : prefix.substring(0, prefix.length() - 1), "登记事项");
        RegisterKind kind = enumValue(RegisterKind.class, in.kind(), prefix + "kind", "登记类别");
        required(in.on(), prefix + "on", kind.nature() == RegisterKind.Nature.DOCUMENT ? "制发日期" : "日期");
        if (in.endOn() != null && in.endOn().isBefore(in.on())) {
            throw new DomainException(prefix + "endOn", ErrorCode.REPORT_DATES_OUT_OF_ORDER, "废止（取消）日期", "制发（设立）日期");
        }
        if (in.publishedOn() != null && in.publishedOn().isBefore(in.on())) {
            throw new DomainException(prefix + "publishedOn", ErrorCode.REPORT_DATES_OUT_OF_ORDER, "公开日期", "制发日期");
        }
        if (in.quantity() != null && in.quantity() < 0) {
            throw new DomainException(prefix + "quantity", ErrorCode.FIELD_NOT_ALLOWED, "数量", in.quantity());
        }
        boolean money = kind.nature() == RegisterKind.Nature.MONEY || kind.nature() == RegisterKind.Nature.PROJECT;
        if (money) {
            required(in.amountYuan(), prefix + "amountYuan", "金额（元）");
            if (in.amountYuan().signum() < 0 || in.amountYuan().scale() > 2) {
                throw new DomainException(prefix + "amountYuan", ErrorCode.FIELD_NOT_ALLOWED, "金额（元）", in.amountYuan());
            }
        } else if (in.amountYuan() != null) {
            throw new DomainException(prefix + "amountYuan", ErrorCode.FIELD_NOT_ALLOWED, "金额（元）", in.amountYuan());
        }
        DisclosureEntryEntity e = new DisclosureEntryEntity();
        e.agencyId = agency;
        e.kind = kind.name();
        e.title = text(in.title(), prefix + "title", "名称");
        e.reference = text(in.reference(), prefix + "reference", "文号或编号");
        e.onDate = in.on();
        e.publishedOn = in.publishedOn();
        e.endOn = in.endOn();
        e.quantity = in.quantity() == null ? 1 : in.quantity();
        e.amountYuan = in.amountYuan();
        e.recordedBy = by;
        e.recordedAt = Instant.now();
        return e;
    }

    /** The register's entries that bear on the year: made by its end (earlier ones still count as in force). */
    @Transactional
    public List<DisclosureView> disclosures(String agency, Integer year) {
        return Panache.getEntityManager().createQuery(
                        "from DisclosureEntryEntity where agencyId = ?1 and onDate <= ?2 order by onDate, id",
                        DisclosureEntryEntity.class)
                .setParameter(1, agency).setParameter(2, year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31))
                .getResultList().stream().map(DisclosureView::of).toList();
    }

    @Transactional
    public void deleteDisclosure(String agency, long id) {
        delete(DisclosureEntryEntity.class, agency, id);
    }

    // ---- documents and their disclosure attribute

    @Transactional
    public DocumentView recordDocument(String agency, DocumentInput input, String by) {
        return importDocuments(agency, List.of(input), by).getFirst();
    }

    @Transactional
    public List<DocumentView> importDocuments(String agency, List<DocumentInput> inputs, String by) {
        required(inputs, "documents", "文件");
        List<AgencyDocumentEntity> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String prefix = inputs.size() == 1 ? "" : "documents[" + i + "].";
            DocumentInput in = inputs.get(i);
            required(in, prefix.isEmpty() ? "document" : prefix.substring(0, prefix.length() - 1), "文件");
            AgencyDocumentEntity e = new AgencyDocumentEntity();
            e.agencyId = agency;
            e.title = text(required(in.title(), prefix + "title", "文件名称"), prefix + "title", "文件名称");
            e.docNumber = text(in.number(), prefix + "number", "文号");
            e.issuedOn = required(in.issuedOn(), prefix + "issuedOn", "成文日期");
            required(in.attribute(), prefix + "attribute", "公开属性");
            e.attribute = DisclosureAttribute.parse(in.attribute()).orElseThrow(() ->
                    new DomainException(prefix + "attribute", ErrorCode.FIELD_NOT_ALLOWED, "公开属性", in.attribute())).name();
            e.recordedBy = by;
            e.recordedAt = Instant.now();
            rows.add(e);
        }
        EntityManager em = Panache.getEntityManager();
        rows.forEach(em::persist);
        em.flush();
        return rows.stream().map(DocumentView::of).toList();
    }

    @Transactional
    public List<DocumentView> documents(String agency, Integer year) {
        return inYear(AgencyDocumentEntity.class, "issuedOn", agency, year).stream().map(DocumentView::of).toList();
    }

    @Transactional
    public void deleteDocument(String agency, long id) {
        delete(AgencyDocumentEntity.class, agency, id);
    }

    // ---- reconsideration and litigation cases

    /** Records a case, or updates it when the agency already has one with this number (e.g. its result came). */
    @Transactional
    public CaseView recordCase(String agency, CaseInput in, String by) {
        required(in, "case", "案件");
        String number = text(required(in.caseNumber(), "caseNumber", "案号"), "caseNumber", "案号").trim();
        ReviewCase.Kind kind = enumValue(ReviewCase.Kind.class, in.kind(), "kind", "案件类别");
        ReviewCase.Result result = in.result() == null ? ReviewCase.Result.PENDING
                : enumValue(ReviewCase.Result.class, in.result(), "result", "审理结果");
        required(in.filedOn(), "filedOn", "申请或起诉日期");
        if (in.decidedOn() != null && in.decidedOn().isBefore(in.filedOn())) {
            throw new DomainException("decidedOn", ErrorCode.REPORT_DATES_OUT_OF_ORDER, "审结日期", "申请或起诉日期");
        }
        if (result != ReviewCase.Result.PENDING && in.decidedOn() == null) {
            throw new DomainException("decidedOn", ErrorCode.FIELD_REQUIRED, "审结日期");
        }
        EntityManager em = Panache.getEntityManager();
        ReviewCaseEntity e = em.createQuery("from ReviewCaseEntity where agencyId = ?1 and caseNumber = ?2", ReviewCaseEntity.class)
                .setParameter(1, agency).setParameter(2, number).getResultStream().findFirst().orElseGet(ReviewCaseEntity::new);
        e.agencyId = agency;
        e.caseNumber = number;
        e.kind = kind.name();
        e.result = result.name();
        e.filedOn = in.filedOn();
        e.decidedOn = result == ReviewCase.Result.PENDING ? null : in.decidedOn();
        e.note = text(in.note(), "note", "备注");
        e.recordedBy = by;
        e.recordedAt = Instant.now();
        if (e.id == null) {
            em.persist(e);
        }
        em.flush();
        return CaseView.of(e);
    }

    @Transactional
    public List<CaseView> cases(String agency, Integer year) {
        return inYear(ReviewCaseEntity.class, "filedOn", agency, year).stream().map(CaseView::of).toList();
    }

    @Transactional
    public void deleteCase(String agency, long id) {
        delete(ReviewCaseEntity.class, agency, id);
    }

    // ---- helpers

    /** The agency's rows of a register whose {@code dateField} falls in the year (every year when null), in date order. */
    private static <E> List<E> inYear(Class<E> entity, String dateField, String agency, Integer year) {
        return Panache.getEntityManager().createQuery("from " + entity.getSimpleName() + " where agencyId = ?1 and "
                        + dateField + " between ?2 and ?3 order by " + dateField + ", id", entity)
                .setParameter(1, agency)
                .setParameter(2, year == null ? LocalDate.of(1, 1, 1) : LocalDate.of(year, 1, 1))
                .setParameter(3, year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31))
                .getResultList();
    }

    private static void delete(Class<?> entity, String agency, long id) {
        int deleted = Panache.getEntityManager()
                .createQuery("delete from " + entity.getSimpleName() + " where id = ?1 and agencyId = ?2")
                .setParameter(1, id).setParameter(2, agency).executeUpdate();
        if (deleted == 0) {
            throw new DomainException("id", ErrorCode.REPORT_ENTRY_NOT_FOUND);
        }
    }

    static <T> T required(T value, String field, String label) {
        if (value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty()) {
            throw new DomainException(field, ErrorCode.FIELD_REQUIRED, label);
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, String label) {
        required(value, field, label);
        String v = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(v)).findFirst()
                .orElseThrow(() -> new DomainException(field, ErrorCode.FIELD_NOT_ALLOWED, label, value));
    }

    private static String text(String value, String field, String label) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new DomainException(field, ErrorCode.FIELD_TOO_LONG, label, MAX_TEXT);
        }
        return value;
    }
}
