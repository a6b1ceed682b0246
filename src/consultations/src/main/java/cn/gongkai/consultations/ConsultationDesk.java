package cn.gongkai.consultations;

import cn.gongkai.applications.LookupThrottle;
import cn.gongkai.applications.PersonalDataCipher;
import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.identity.Masking;
import cn.gongkai.domain.submission.SubmissionValidator;
import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.calendar.CalendarService;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Online consultations: the citizen sends a question (and, if they like, a contact), gets a lookup code, and reads
 * the office's reply with it; staff list their agency's open consultations, the most urgent first, and reply. The
 * reply is due within {@code gongkai.consultations.reply-working-days} working days of the day asked (5), or
 * {@code simple-reply-working-days} (1) once staff mark the question simple.
 */
@ApplicationScoped
public class ConsultationDesk {
    static final int CONTACT_MAX = 100;
    static final int REPLY_MAX = 5000;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int CODE_LENGTH = 10;

    @Inject
    PersonalDataCipher cipher;
    @Inject
    CalendarService calendars;
    @Inject
    Clock clock;
    @Inject
    LookupThrottle throttle;
    @ConfigProperty(name = "gongkai.consultations.reply-working-days", defaultValue = "5")
    int replyDays;
    @ConfigProperty(name = "gongkai.consultations.simple-reply-working-days", defaultValue = "1")
    int simpleReplyDays;

    private final SecureRandom random = new SecureRandom();

    /** What the citizen gets: the code to read the reply with (shown once) and the day the reply is due. */
    public record Receipt(String consultationId, String lookupCode, LocalDate askedOn, LocalDate replyDue) {
    }

    /** What the citizen reads with the code. */
    public record Status(String consultationId, String question, LocalDate askedOn, LocalDate replyDue,
                         boolean replied, String reply, LocalDate repliedOn) {
    }

    /** One consultation as staff see it (the contact masked). */
    public record StaffView(String consultationId, String question, String contact, boolean simple, LocalDate askedOn,
                            LocalDate replyDue, boolean overdue, String reply, LocalDate repliedOn, String repliedBy) {
    }

    @Transactional
    public Receipt ask(String agencyId, String question, String contact) {
        String text = SubmissionValidator.multiline("question", question);
        String who = contact == null || contact.isBlank() ? null : contact.strip();
        if (who != null && who.codePointCount(0, who.length()) > CONTACT_MAX) {
            throw new DomainException("contact", ErrorCode.FIELD_TOO_LONG, SubmissionValidator.label("contact"), CONTACT_MAX);
        }
        if (agencyId == null || Panache.getEntityManager().find(AgencyEntity.class, agencyId) == null) {
            throw new DomainException("agencyId", ErrorCode.AGENCY_NOT_FOUND, agencyId == null ? "" : agencyId);
        }
        LocalDate today = ChinaTime.today(clock);
        String code = code();
        ConsultationEntity c = new ConsultationEntity();
        c.id = "C-" + UUID.randomUUID();
        c.agencyId = agencyId;
        c.question = cipher.encrypt(text);
        c.contact = who == null ? null : cipher.encrypt(who);
        c.simple = false;
        c.askedOn = today;
        c.dueOn = due(agencyId, today, false);
        c.lookupHash = hash(code);
        c.createdAt = OffsetDateTime.now(clock);
        Panache.getEntityManager().persist(c);
        return new Receipt(c.id, code, c.askedOn, c.dueOn);
    }

    /**
     * The consultation and its reply by lookup code. Wrong codes count against the client like wrong query codes
     * of applications ({@link LookupThrottle}): after too many, lookups stop for a while.
     */
    public Status lookup(String lookupCode, String clientKey) {
        String code = lookupCode == null ? "" : lookupCode.strip().toUpperCase(Locale.ROOT);
        List<String> keys = List.of(LookupThrottle.clientKey(clientKey));
        throttle.refuseIfThrottled(keys);
        ConsultationEntity c = code.isEmpty() || code.length() > 40 ? null : QuarkusTransaction.requiringNew().call(() ->
                Panache.getEntityManager()
                        .createQuery("from ConsultationEntity where lookupHash = ?1", ConsultationEntity.class)
                        .setParameter(1, hash(code)).getResultStream().findFirst().orElse(null));
        if (c == null) {
            throttle.recordFailure(keys);
            throw new DomainException("lookupCode", ErrorCode.CONSULTATION_NOT_FOUND);
        }
        return new Status(c.id, cipher.decrypt(c.question), c.askedOn, c.dueOn, c.reply != null, c.reply, c.repliedOn);
    }

    /** The agency's consultations: open ones first, earliest due first; then the replied, latest first. */
    @Transactional
    public List<StaffView> list(String agencyId, boolean openOnly) {
        LocalDate today = ChinaTime.today(clock);
        return Panache.getEntityManager().createQuery("from ConsultationEntity where agencyId = ?1"
                                + (openOnly ? " and reply is null" : "")
                                + " order by case when reply is null then 0 else 1 end, dueOn, createdAt",
                        ConsultationEntity.class)
                .setParameter(1, agencyId).setMaxResults(500).getResultList().stream()
                .map(c -> view(c, today)).toList();
    }

    @Transactional
    public StaffView reply(String agencyId, String consultationId, String reply, Actor staff) {
        String text = SubmissionValidator.multiline("reply", reply);
        if (text.codePointCount(0, text.length()) > REPLY_MAX) {
            throw new DomainException("reply", ErrorCode.FIELD_TOO_LONG, SubmissionValidator.label("reply"), REPLY_MAX);
        }
        ConsultationEntity c = find(agencyId, consultationId);
        if (c.reply != null) {
            throw new DomainException(ErrorCode.CONSULTATION_ALREADY_REPLIED);
        }
        c.reply = text;
        c.repliedOn = ChinaTime.today(clock);
        c.repliedBy = staff.id();
        return view(c, c.repliedOn);
    }

    /** Staff judge a question simple (reply due 1 working day after it was asked) or not (5). */
    @Transactional
    public StaffView classify(String agencyId, String consultationId, boolean simple) {
        ConsultationEntity c = find(agencyId, consultationId);
        if (c.reply != null) {
            throw new DomainException(ErrorCode.CONSULTATION_ALREADY_REPLIED);
        }
        c.simple = simple;
        c.dueOn = due(agencyId, c.askedOn, simple);
        return view(c, ChinaTime.today(clock));
    }

    private ConsultationEntity find(String agencyId, String consultationId) {
        EntityManager em = Panache.getEntityManager();
        ConsultationEntity c = consultationId == null ? null : em.find(ConsultationEntity.class, consultationId);
        if (c == null || !c.agencyId.equals(agencyId)) {
            throw new DomainException("consultationId", ErrorCode.CONSULTATION_NOT_FOUND);
        }
        return c;
    }

    private LocalDate due(String agencyId, LocalDate askedOn, boolean simple) {
        return calendars.clockFor(agencyId).calendar().workingDaysAfter(askedOn, simple ? simpleReplyDays : replyDays);
    }

    private StaffView view(ConsultationEntity c, LocalDate today) {
        String contact = c.contact == null ? null : Masking.keepEnds(cipher.decrypt(c.contact), 3, 4);
        return new StaffView(c.id, cipher.decrypt(c.question), contact, c.simple, c.askedOn, c.dueOn,
                c.reply == null && today.isAfter(c.dueOn), c.reply, c.repliedOn, c.repliedBy);
    }

    private byte[] hash(String code) {
        return cipher.hash("consultation-lookup", code);
    }

    private String code() {
        char[] out = new char[CODE_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
