package cn.gongkai.assistant.feedback;

import cn.gongkai.assistant.Answer;
import cn.gongkai.assistant.Citation;
import cn.gongkai.assistant.PersonalDataMask;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Records each answer (the question masked first) so the citizen can mark it helpful or not, and gives staff the
 * questions the assistant most often declined and the answers most often marked unhelpful. Progress lookups are
 * recorded without their text: the question carries a tracking number and query code, the answer a case.
 */
@ApplicationScoped
public class AnswerLog {
    static final int ANSWER_MAX = 4000;
    static final int QUESTION_MAX = 500;
    public static final int LIST_MAX = 100;

    @Inject
    Clock clock;
    /** How long answer records are kept: the unanswered and disliked lists look back at most this far. */
    @ConfigProperty(name = "gongkai.assistant.answers.keep-days", defaultValue = "365")
    int keepDays;
    private final AtomicLong nextPurge = new AtomicLong();

    /** A question asked in several words, with how often it was declined and when last. */
    public record Unanswered(String question, long count, OffsetDateTime lastAsked, String questionKey) {
    }

    /** An answer (same kind, same citations) with its votes, the latest wording and a question it answered. */
    public record Disliked(String answer, String kind, String citations, String exampleQuestion, long thumbsDown,
                           long thumbsUp, OffsetDateTime lastVoted) {
    }

    public record Vote(String answerId, boolean helpful) {
    }

    @Transactional
    public void record(String agencyId, String question, Answer answer) {
        boolean progress = "PROGRESS".equals(answer.kind());
        AnswerEntity e = new AnswerEntity();
        e.id = answer.answerId();
        e.agencyId = agencyId;
        e.conversationId = answer.conversationId();
        e.askedAt = OffsetDateTime.now(clock);
        String masked = progress ? "（申请进度查询）" : clip(PersonalDataMask.mask(question.strip()), QUESTION_MAX);
        e.question = masked;
        String key = QuestionKey.of(masked);
        e.questionKey = key.isEmpty() ? masked : key;
        e.kind = answer.kind();
        e.refused = answer.refused() && !progress; // a wrong query code is not a gap in the knowledge base
        e.answer = progress ? null : clip(answer.answer(), ANSWER_MAX);
        e.citations = answer.citations().stream().map(Citation::display).collect(Collectors.joining("；"));
        String sameAnswer = answer.citations().isEmpty() ? answer.kind() + "\n" + answer.answer()
                : answer.kind() + "\n" + answer.citations().stream().map(Citation::id).sorted().collect(Collectors.joining("\n"));
        e.answerKey = sha256(sameAnswer);
        Panache.getEntityManager().persist(e);
        long now = clock.millis();
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY_MS)) {
            purgeExpired(); // at most once an hour per instance, in this answer's transaction
        }
    }

    private static final long PURGE_EVERY_MS = 3_600_000;

    /** Removes the answer records older than {@code gongkai.assistant.answers.keep-days}; returns how many. */
    @Transactional
    public int purgeExpired() {
        if (keepDays < 1) {
            throw new IllegalStateException("gongkai.assistant.answers.keep-days must be at least 1, not " + keepDays);
        }
        return Panache.getEntityManager().createNativeQuery("delete from assistant_answer where asked_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minusDays(keepDays)).executeUpdate();
    }

    /** The citizen's thumbs up or down; a second vote on the same answer replaces the first. */
    @Transactional
    public Vote vote(String conversationId, String answerId, boolean helpful) {
        AnswerEntity e = answerId == null ? null : Panache.getEntityManager().find(AnswerEntity.class, answerId);
        if (e == null || !e.conversationId.equals(conversationId)) {
            throw new DomainException("answerId", ErrorCode.ANSWER_NOT_FOUND);
        }
        e.vote = (short) (helpful ? 1 : -1);
        e.votedAt = OffsetDateTime.now(clock);
        return new Vote(e.id, helpful);
    }

    /**
     * The questions declined most often in the last {@code days} days, most frequent first; a question drops off
     * once its latest asking was answered (an FAQ entry was written for it, say).
     */
    @Transactional
    public List<Unanswered> unanswered(String agencyId, int days, int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        select (array_agg(question order by asked_at desc) filter (where refused))[1],
                               count(*) filter (where refused), max(asked_at) filter (where refused), question_key
                        from assistant_answer where agency_id = ?1 and asked_at > ?2
                        group by question_key
                        having bool_or(refused) and (array_agg(refused order by asked_at desc))[1]
                        order by 2 desc, 3 desc limit ?3""", Object[].class)
                .setParameter(1, agencyId).setParameter(2, OffsetDateTime.now(clock).minusDays(days))
                .setParameter(3, Math.min(limit, LIST_MAX)).getResultList();
        return rows.stream().map(r -> new Unanswered((String) r[0], ((Number) r[1]).longValue(), offset(r[2]), (String) r[3]))
                .toList();
    }

    /** The answers with the most thumbs down in the last {@code days} days. */
    @Transactional
    public List<Disliked> disliked(String agencyId, int days, int limit) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        select (array_agg(answer order by voted_at desc))[1], (array_agg(kind order by voted_at desc))[1],
                               (array_agg(citations order by voted_at desc))[1],
                               (array_agg(question order by voted_at desc) filter (where vote = -1))[1],
                               count(*) filter (where vote = -1), count(*) filter (where vote = 1), max(voted_at)
                        from assistant_answer where agency_id = ?1 and vote is not null and voted_at > ?2
                        group by answer_key having count(*) filter (where vote = -1) > 0
                        order by 5 desc, 7 desc limit ?3""", Object[].class)
                .setParameter(1, agencyId).setParameter(2, OffsetDateTime.now(clock).minusDays(days))
                .setParameter(3, Math.min(limit, LIST_MAX)).getResultList();
        return rows.stream().map(r -> new Disliked((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), offset(r[6]))).toList();
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant().atOffset(java.time.ZoneOffset.UTC) : null;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
