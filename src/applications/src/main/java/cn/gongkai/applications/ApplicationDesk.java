package cn.gongkai.applications;

import cn.gongkai.applications.store.ApplicationDetailEntity;
import cn.gongkai.applications.store.SubmissionWriter;
import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Action;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Application;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.application.Stage;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Step;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.DeadlineExplainer;
import cn.gongkai.domain.clock.DeadlineKind;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.PauseKind;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.domain.fee.ProcessingFeeSchedule;
import cn.gongkai.domain.submission.SubmissionForm;
import cn.gongkai.domain.submission.SubmissionValidator;

import static cn.gongkai.domain.submission.SubmissionValidator.choice;
import cn.gongkai.domain.submission.ValidSubmission;
import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.application.ApplicationStore;
import cn.gongkai.persistence.calendar.CalendarService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The application desk: where applications come in, where applicants follow them, and where staff carry them
 * through the statutory steps. Every change goes through the domain's lifecycle and is stored with its audit step.
 */
@ApplicationScoped
public class ApplicationDesk {
    private static final int IDEMPOTENCY_KEY_MAX = 100;

    @Inject
    ApplicationStore applications;
    @Inject
    CalendarService calendars;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    SubmissionWriter writer;
    @Inject
    LookupThrottle throttle;

    private final TrackingCodes codes = new TrackingCodes();
    private final byte[] decoyHash = new byte[32];

    /**
     * Records a new application. A retry with the same idempotency key and the same content returns the first
     * receipt (query code included) instead of a second application.
     *
     * @param receivedOn for staff registering a registered letter, the day the agency signed for it; else today
     */
    public Views.SubmissionReceipt submit(SubmissionForm form, Channel channel, Actor actor, LocalDate receivedOn,
                                          String idempotencyKey) {
        LocalDate today = ChinaTime.today(clock);
        ValidSubmission valid = SubmissionValidator.validate(form, today);
        if (channel == null) {
            throw new DomainException("channel", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("channel"));
        }
        String key = idempotencyKey(idempotencyKey);
        byte[] fingerprint = cipher.hash("request", valid.agencyId() + "|" + channel + "|" + fingerprintOf(valid));
        for (int attempt = 1; ; attempt++) {
            NewApplication fresh = prepare(valid, channel, actor, receivedOn, today, key, fingerprint, a -> { });
            try {
                writer.insert(fresh.application(), fresh.deadlines(), fresh.detail());
                return receipt(fresh.application(), fresh.detail(), fresh.queryCode(), false,
                        deadlines(fresh.application(), fresh.deadlines(), calendars.clockFor(fresh.application().agencyId())));
            } catch (SubmissionWriter.ClashException clash) {
                if (clash.clash() == SubmissionWriter.Clash.TRACKING_NUMBER && attempt < 3) {
                    continue; // one in 10^11 draws: draw another number
                }
                // A retry (or a concurrent twin) with the same key stored the application first: answer with it.
                Views.SubmissionReceipt earlier = clash.clash() != SubmissionWriter.Clash.IDEMPOTENCY_KEY ? null
                        : QuarkusTransaction.requiringNew().call(() -> earlierReceipt(valid.agencyId(), key, fingerprint));
                if (earlier == null) {
                    throw new IllegalStateException("submission clashed with a stored application", clash);
                }
                return earlier;
            }
        }
    }

    /** A new application, its deadlines and its detail row, ready to store; the query code is only in the receipt. */
    private record NewApplication(Application application, Deadlines deadlines, ApplicationDetailEntity detail,
                                  String queryCode) {
    }

    /** Stores a new application through Hibernate, in the caller's transaction (the bulk import's path). */
    private void create(ValidSubmission valid, Channel channel, Actor actor, LocalDate receivedOn, LocalDate today,
                        byte[] fingerprint, Consumer<Application> history) {
        EntityManager em = Panache.getEntityManager();
        if (em.find(AgencyEntity.class, valid.agencyId()) == null) {
            throw new DomainException("agencyId", ErrorCode.AGENCY_NOT_FOUND, valid.agencyId());
        }
        NewApplication fresh = prepare(valid, channel, actor, receivedOn, today, null, fingerprint, history);
        applications.save(fresh.application());
        em.persist(fresh.detail());
        em.flush();
    }

    private NewApplication prepare(ValidSubmission valid, Channel channel, Actor actor, LocalDate receivedOn,
                                   LocalDate today, String key, byte[] fingerprint, Consumer<Application> history) {
        Instant now = clock.instant();
        String id = codes.applicationId();
        String trackingNumber = codes.trackingNumber(today);
        String queryCode = codes.queryCode();
        LocalDate on = receivedOn != null && !channel.needsConfirmation() ? receivedOn : today;
        Application application = Application.register(id, valid.agencyId(), valid.applicantKind(), channel,
                new Step(on, now, actor, actor.role() == Role.APPLICANT ? "网上提交" : "工作人员登记（" + channel.displayName() + "）"));
        history.accept(application);

        ApplicationDetailEntity detail = new ApplicationDetailEntity();
        detail.applicationId = id;
        detail.agencyId = valid.agencyId();
        detail.trackingNumber = trackingNumber;
        detail.queryCodeHash = queryCodeHash(trackingNumber, queryCode);
        detail.idempotencyKey = key;
        detail.requestFingerprint = fingerprint;
        detail.applicantKeyHash = cipher.hash("applicant", valid.applicantKey());
        PersonalData personal = PersonalData.of(valid, queryCode);
        detail.applicantMasked = personal.maskedName(valid.applicantKind().name());
        detail.personalData = cipher.encrypt(write(personal));
        detail.description = valid.description();
        detail.documentTitle = valid.documentTitle();
        detail.documentNumber = valid.documentNumber();
        detail.purpose = valid.purpose();
        detail.deliveryForm = valid.deliveryForm().name();
        detail.deliveryMethod = valid.deliveryMethod().name();
        detail.submittedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Deadlines deadlines = application.stage().isOpen()
                ? application.deadlines(calendars.clockFor(application.agencyId())) : null;
        return new NewApplication(application, deadlines, detail, queryCode);
    }

    private Views.SubmissionReceipt earlierReceipt(String agencyId, String key, byte[] fingerprint) {
        List<ApplicationDetailEntity> found = Panache.getEntityManager().createQuery(
                        "from ApplicationDetailEntity where agencyId = ?1 and idempotencyKey = ?2", ApplicationDetailEntity.class)
                .setParameter(1, agencyId).setParameter(2, key).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        ApplicationDetailEntity detail = found.getFirst();
        if (!PersonalDataCipher.same(detail.requestFingerprint, fingerprint)) {
            throw new DomainException("idempotencyKey", ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
        Application application = applications.find(detail.applicationId).orElseThrow();
        return receipt(application, detail, personal(detail).queryCode(), true, deadlines(application));
    }

    private Views.SubmissionReceipt receipt(Application application, ApplicationDetailEntity detail, String queryCode,
                                            boolean repeated, List<Views.DeadlineView> deadlines) {
        String notice = application.receivedOn() == null
                ? "申请已提交，待工作人员与您确认后，以确认之日为收到申请之日（条例第三十一条）。请妥善保存申请编号和查询码。"
                : "申请已收到。请妥善保存申请编号和查询码，用于查询办理进度。";
        return new Views.SubmissionReceipt(application.id(), detail.trackingNumber, queryCode, application.stage().name(),
                application.stage().displayName(), application.receivedOn(), deadlines, repeated, notice);
    }

    /**
     * Imports historical applications, all or nothing: every line is checked (the form by Art. 29, the steps by the
     * lifecycle and the statutory clock) and only a file without a single rejected line is written, in one
     * transaction.
     */
    public ImportReport importApplications(List<ImportLine> lines, Actor importer) {
        LocalDate today = ChinaTime.today(clock);
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (ImportLine line : lines) {
            try {
                if (line.failure() != null) {
                    throw line.failure();
                }
                ValidSubmission valid = SubmissionValidator.validate(line.form(), today);
                Channel channel = choice("channel", line.channel(), Channel.class);
                if (line.receivedOn() == null) {
                    throw new DomainException("receivedOn", ErrorCode.FIELD_REQUIRED, "收到申请日期");
                }
                StatutoryClock statutory = QuarkusTransaction.requiringNew().call(() -> calendars.clockFor(valid.agencyId()));
                Consumer<Application> history = application -> {
                    if (channel.needsConfirmation()) {
                        application.confirmReceipt(new Step(line.receivedOn(), clock.instant(), importer, "导入：已确认收到"));
                    }
                    for (StaffCommand step : line.steps()) {
                        perform(application, null, step, importer, statutory);
                    }
                };
                Application dryRun = Application.register("dry-run", valid.agencyId(), valid.applicantKind(), channel,
                        new Step(line.receivedOn(), clock.instant(), importer, "导入"));
                history.accept(dryRun);
                byte[] fingerprint = cipher.hash("request", "import|" + line.lineNumber() + "|" + fingerprintOf(valid));
                writes.add(() -> create(valid, channel, importer, line.receivedOn(), today, fingerprint, history));
            } catch (DomainException e) {
                rejected.add(new ImportReport.Rejected(line.lineNumber(), e.code().name(), e.field(), e.getMessage()));
            }
        }
        if (!rejected.isEmpty()) {
            return new ImportReport(lines.size(), 0, rejected);
        }
        QuarkusTransaction.requiringNew().run(() -> writes.forEach(Runnable::run));
        return new ImportReport(lines.size(), lines.size(), List.of());
    }

    /** The applicant's view of their application: only with the right tracking number and query code. */
    public Views.ProgressView progress(String trackingNumber, String queryCode, String clientKey) {
        ApplicationDetailEntity detail = authenticate(trackingNumber, queryCode, clientKey);
        return QuarkusTransaction.requiringNew().call(() -> progressOf(detail));
    }

    /** The applicant answers a supplement request (补正): the reply period starts again from today (Art. 30). */
    public Views.ProgressView supplement(String trackingNumber, String queryCode, String text, String clientKey) {
        ApplicationDetailEntity detail = authenticate(trackingNumber, queryCode, clientKey);
        String answer = SubmissionValidator.multiline("supplement", text);
        return QuarkusTransaction.requiringNew().call(() -> {
            Application application = applications.find(detail.applicationId).orElseThrow();
            application.receiveSupplement(new Step(ChinaTime.today(clock), clock.instant(),
                    new Actor("applicant:" + detail.trackingNumber, Role.APPLICANT), answer));
            applications.save(application);
            return progressOf(detail);
        });
    }

    private Views.ProgressView progressOf(ApplicationDetailEntity detail) {
        Application application = applications.find(detail.applicationId).orElseThrow();
        LocalDate supplementDue = application.clockFacts() == null ? null : application.clockFacts().supplementDue();
        return new Views.ProgressView(detail.trackingNumber, detail.agencyId, detail.applicantMasked,
                application.stage().name(), application.stage().displayName(), application.receivedOn(),
                application.outcome() == null ? null : application.outcome().name(),
                application.outcome() == null ? null : application.outcome().displayName(), supplementDue,
                deadlines(application), application.events().stream().map(Views.PublicStep::of).toList());
    }

    /**
     * Wrong codes and unknown numbers fail alike and take the same work (a keyed hash and a constant-time
     * comparison either way); after {@value LookupThrottle#MAX_FAILED_LOOKUPS} failures in
     * {@value LookupThrottle#WINDOW_MINUTES} minutes from one client, or against one tracking number, lookups stop
     * for a while.
     */
    private ApplicationDetailEntity authenticate(String trackingNumber, String queryCode, String clientKey) {
        String number = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        String code = queryCode == null ? "" : queryCode.strip().toUpperCase(Locale.ROOT);
        List<String> keys = List.of(LookupThrottle.clientKey(clientKey), "number:" + number);
        throttle.refuseIfThrottled(keys);
        ApplicationDetailEntity detail = number.isEmpty() || number.length() > 40 ? null
                : QuarkusTransaction.requiringNew().call(() -> byTrackingNumber(number));
        byte[] given = queryCodeHash(number, code);
        boolean ok = PersonalDataCipher.same(detail == null ? decoyHash : detail.queryCodeHash, given) && detail != null;
        if (!ok) {
            throttle.recordFailure(keys);
            throw new DomainException(ErrorCode.TRACKING_NOT_FOUND);
        }
        return detail;
    }

    private ApplicationDetailEntity byTrackingNumber(String number) {
        return Panache.getEntityManager().createQuery(
                        "from ApplicationDetailEntity where trackingNumber = ?1", ApplicationDetailEntity.class)
                .setParameter(1, number).getResultStream().findFirst().orElse(null);
    }

    /** An agency's open applications, the most urgent first (earliest next deadline; paused ones last). */
    @Transactional
    public Views.QueuePage queue(String agencyId, Views.QueueQuery query) {
        Views.QueueQuery q = query == null ? Views.QueueQuery.ALL_FIRST_PAGE : query;
        String stage = q.stage() == null || q.stage().isBlank() ? null : choice("stage", q.stage(), Stage.class).name();
        String channel = q.channel() == null || q.channel().isBlank() ? null : choice("channel", q.channel(), Channel.class).name();
        String kind = q.applicantKind() == null || q.applicantKind().isBlank() ? null
                : choice("applicantKind", q.applicantKind(), ApplicantKind.class).name();
        int offset = q.offset() == null ? 0 : q.offset();
        int limit = q.limit() == null ? Views.QueueQuery.DEFAULT_LIMIT : q.limit();
        if (offset < 0) {
            throw new DomainException("offset", ErrorCode.FIELD_NOT_ALLOWED, SubmissionValidator.label("offset"), String.valueOf(offset));
        }
        if (limit < 1 || limit > Views.QueueQuery.MAX_LIMIT) {
            throw new DomainException("limit", ErrorCode.FIELD_NOT_ALLOWED, SubmissionValidator.label("limit"), String.valueOf(limit));
        }
        EntityManager em = Panache.getEntityManager();
        String open = """
                from application a where a.agency_id = ?1 and a.stage not in ('REPLIED', 'WITHDRAWN', 'ABANDONED')
                  and (cast(?2 as text) is null or a.channel = cast(?2 as text))
                  and (cast(?3 as text) is null or a.applicant_kind = cast(?3 as text))""";
        java.util.Map<String, Long> byStage = new java.util.LinkedHashMap<>();
        List<Object[]> counts = em.createNativeQuery("select a.stage, count(*) " + open + " group by a.stage", Object[].class)
                .setParameter(1, agencyId).setParameter(2, channel).setParameter(3, kind).getResultList();
        for (Stage s : Stage.values()) {
            counts.stream().filter(c -> s.name().equals(c[0])).findFirst()
                    .ifPresent(c -> byStage.put(s.name(), ((Number) c[1]).longValue()));
        }
        long total = stage == null ? byStage.values().stream().mapToLong(Long::longValue).sum() : byStage.getOrDefault(stage, 0L);
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, d.tracking_number, a.stage, a.channel, a.applicant_kind, d.applicant_masked, a.received_on,
                               a.next_due, a.next_due_provisional,
                               (select n.kind from application_deadline n where n.application_id = a.id and n.state = 'RUNNING'
                                  and n.kind <> 'EXTENDED_REPLY' and n.due_on = a.next_due order by n.kind limit 1)
                        """ + open.replace("from application a", """
                        from application a
                        join application_detail d on d.application_id = a.id""") + """
                          and (cast(?4 as text) is null or a.stage = cast(?4 as text))
                        order by a.next_due nulls last, a.received_on nulls last, a.id
                        limit ?5 offset ?6""", Object[].class)
                .setParameter(1, agencyId).setParameter(2, channel).setParameter(3, kind).setParameter(4, stage)
                .setParameter(5, limit).setParameter(6, offset).getResultList();
        List<Views.QueueItem> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Stage st = Stage.valueOf((String) r[2]);
            items.add(new Views.QueueItem((String) r[0], (String) r[1], st.name(), st.displayName(), (String) r[3],
                    (String) r[4], (String) r[5], localDate(r[6]), r[9] == null ? null : DeadlineKind.valueOf((String) r[9]).displayName(),
                    localDate(r[7]), Boolean.TRUE.equals(r[8])));
        }
        return new Views.QueuePage(total, offset, limit, byStage, items);
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The whole case for staff of its agency; personal data whole only for the office head. */
    @Transactional
    public Views.CaseView view(String agencyId, String applicationId, Actor staff) {
        ApplicationDetailEntity detail = detailOf(agencyId, applicationId);
        return caseView(applications.find(applicationId).orElseThrow(), detail, staff);
    }

    /** Performs one staff action, checked by the lifecycle, recorded with the acting user. */
    public Views.CaseView act(String agencyId, String applicationId, StaffCommand command, Actor staff) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ApplicationDetailEntity detail = detailOf(agencyId, applicationId);
            Application application = applications.find(applicationId).orElseThrow();
            if (command.expectedVersion() != null && command.expectedVersion() != application.storedVersion()) {
                throw new DomainException(ErrorCode.CONCURRENT_UPDATE, detail.trackingNumber);
            }
            perform(application, detail, command, staff, calendars.clockFor(application.agencyId()));
            applications.save(application);
            return caseView(application, detail, staff);
        });
    }

    private void perform(Application application, ApplicationDetailEntity detail, StaffCommand command, Actor staff,
                         StatutoryClock statutory) {
        Action action = choice("action", command.action(), Action.class);
        LocalDate on = command.on() != null ? command.on() : ChinaTime.today(clock);
        Step step = new Step(on, clock.instant(), staff, command.note());
        switch (action) {
            case CONFIRM_RECEIPT -> application.confirmReceipt(step);
            case REQUEST_SUPPLEMENT -> application.requestSupplement(step, command.dueDate(), statutory);
            case START_CONSULTATION -> application.startConsultation(step,
                    choice("consultationKind", command.consultationKind(), PauseKind.class), command.consulted());
            case END_CONSULTATION -> application.endConsultation(step);
            case EXTEND -> application.extend(step, command.workingDays() == null ? 0 : command.workingDays(), statutory);
            case REPLY -> application.reply(step, choice("outcome", command.outcome(), Outcome.class));
            case MARK_ABANDONED -> application.markAbandoned(step);
            case ISSUE_FEE_NOTICE -> application.issueFeeNotice(step,
                    detail == null ? requiredAmount(command) : feeFor(detail), command.dueDate(), statutory);
            case RECORD_PAYMENT -> application.recordPayment(step);
            case MARK_FEE_UNPAID -> application.markFeeUnpaid(step);
            case WITHDRAW -> application.withdraw(step);
            case RECEIVE_SUPPLEMENT -> application.receiveSupplement(step);
            case REGISTER -> throw new DomainException("action", ErrorCode.FIELD_NOT_ALLOWED, "操作", command.action());
        }
    }

    private Views.CaseView caseView(Application application, ApplicationDetailEntity detail, Actor staff) {
        PersonalData personal = personal(detail);
        boolean whole = staff.role() == Role.OFFICE_HEAD;
        String kind = application.applicantKind().name();
        return new Views.CaseView(application.id(), detail.trackingNumber, application.events().size(),
                application.agencyId(), application.stage().name(), application.stage().displayName(),
                application.channel().name(), application.receivedOn(),
                application.outcome() == null ? null : application.outcome().name(),
                personal.view(kind, application.applicantKind().displayName(), whole),
                new Views.RequestView(detail.description, detail.documentTitle, detail.documentNumber, detail.purpose,
                        detail.deliveryForm, detail.deliveryMethod),
                deadlines(application),
                application.events().stream().map(Views.StaffStep::of).toList(),
                application.availableActions().stream().map(Enum::name).toList());
    }

    /**
     * The fee for this application by 国办函〔2020〕109号: its rank among the same applicant's applications to this
     * agency in the calendar month (Beijing time) of its submission decides the band.
     */
    private long feeFor(ApplicationDetailEntity detail) {
        LocalDate day = ChinaTime.dateOf(detail.submittedAt.toInstant());
        OffsetDateTime monthStart = day.withDayOfMonth(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        long rank = Panache.getEntityManager().createQuery("""
                        select count(d) from ApplicationDetailEntity d where d.agencyId = ?1 and d.applicantKeyHash = ?2
                        and d.submittedAt >= ?3 and d.submittedAt <= ?4""", Long.class)
                .setParameter(1, detail.agencyId).setParameter(2, detail.applicantKeyHash)
                .setParameter(3, monthStart).setParameter(4, detail.submittedAt).getSingleResult();
        long fee = ProcessingFeeSchedule.feeForNth((int) rank);
        if (fee == 0) {
            throw new DomainException(ErrorCode.FEE_NOT_CHARGEABLE,
                    "该申请人本月第" + rank + "件申请，每月前" + ProcessingFeeSchedule.FREE_ITEMS_PER_MONTH + "件免费");
        }
        return fee;
    }

    /** Imported fee notices carry the amount that was charged. */
    private static long requiredAmount(StaffCommand command) {
        if (command.amountYuan() == null) {
            throw new DomainException("amountYuan", ErrorCode.FIELD_REQUIRED, "收费金额");
        }
        return command.amountYuan();
    }

    private ApplicationDetailEntity detailOf(String agencyId, String applicationId) {
        ApplicationDetailEntity detail = Panache.getEntityManager().find(ApplicationDetailEntity.class, applicationId);
        if (detail == null || !detail.agencyId.equals(agencyId)) {
            throw new DomainException(ErrorCode.APPLICATION_NOT_FOUND, applicationId);
        }
        return detail;
    }

    private List<Views.DeadlineView> deadlines(Application application) {
        StatutoryClock statutory = calendars.clockFor(application.agencyId());
        return deadlines(application, application.stage().isOpen() ? application.deadlines(statutory) : null, statutory);
    }

    private List<Views.DeadlineView> deadlines(Application application, Deadlines deadlines, StatutoryClock statutory) {
        return Views.DeadlineView.of(application.clockFacts(), deadlines, new DeadlineExplainer(statutory.calendar()));
    }

    private byte[] queryCodeHash(String trackingNumber, String queryCode) {
        return cipher.hash("query-code", trackingNumber + ":" + queryCode);
    }

    private PersonalData personal(ApplicationDetailEntity detail) {
        try {
            return json.readValue(cipher.decrypt(detail.personalData), PersonalData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored personal data unreadable", e);
        }
    }

    private String write(PersonalData personal) {
        try {
            return json.writeValueAsString(personal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprintOf(ValidSubmission s) {
        return String.join("|", s.applicantKind().name(), s.name(), s.applicantKey(), s.phone(), String.valueOf(s.email()),
                String.valueOf(s.address()), s.description(), String.valueOf(s.documentNumber()),
                s.deliveryForm().name(), s.deliveryMethod().name());
    }

    private static String idempotencyKey(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String key = raw.strip();
        if (key.length() > IDEMPOTENCY_KEY_MAX || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new DomainException("idempotencyKey", ErrorCode.FIELD_NOT_ALLOWED, "提交编号", "…");
        }
        return key;
    }
}
