package cn.gongkai.applications;

import cn.gongkai.applications.store.ApplicationDetailEntity;
import cn.gongkai.applications.store.ProactiveReviewEntity;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.persistence.application.ApplicationEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 依申请转主动 (Art. 44): information released on application that should be published proactively. Flags the
 * information several applicants asked for, and records the office's decision on each released application.
 */
@ApplicationScoped
public class ProactiveDisclosureReview {
    private static final Set<String> RELEASED = Set.of(Outcome.DISCLOSED.name(), Outcome.PARTIALLY_DISCLOSED.name());

    @Inject
    Clock clock;

    /** Information asked for by more than one applicant, most-asked first, with whether it was released. */
    public record Candidate(String subject, int applicants, List<String> applicationIds, boolean released,
                            boolean decided) {
    }

    @Transactional
    public List<Candidate> candidates(String agencyId) {
        EntityManager em = Panache.getEntityManager();
        List<ApplicationDetailEntity> details = em.createQuery(
                "from ApplicationDetailEntity where agencyId = ?1 order by submittedAt", ApplicationDetailEntity.class)
                .setParameter(1, agencyId).getResultList();
        Map<String, List<ApplicationDetailEntity>> bySubject = new LinkedHashMap<>();
        for (ApplicationDetailEntity d : details) {
            bySubject.computeIfAbsent(subjectOf(d), k -> new ArrayList<>()).add(d);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, List<ApplicationDetailEntity>> group : bySubject.entrySet()) {
            long applicants = group.getValue().stream().map(d -> java.util.HexFormat.of().formatHex(d.applicantKeyHash)).distinct().count();
            if (applicants < 2) {
                continue;
            }
            List<String> ids = group.getValue().stream().map(d -> d.applicationId).toList();
            boolean released = ids.stream().anyMatch(id -> {
                ApplicationEntity a = em.find(ApplicationEntity.class, id);
                return a.outcome != null && RELEASED.contains(a.outcome);
            });
            boolean decided = ids.stream().anyMatch(id -> em.find(ProactiveReviewEntity.class, id) != null);
            candidates.add(new Candidate(group.getKey(), (int) applicants, ids, released, decided));
        }
        candidates.sort((a, b) -> Integer.compare(b.applicants(), a.applicants()));
        return candidates;
    }

    /** Records whether released information goes into proactive disclosure, and why. */
    @Transactional
    public void decide(String agencyId, String applicationId, boolean publish, String reason, Actor staff) {
        EntityManager em = Panache.getEntityManager();
        ApplicationEntity application = em.find(ApplicationEntity.class, applicationId);
        if (application == null || !application.agencyId.equals(agencyId)) {
            throw new DomainException(ErrorCode.APPLICATION_NOT_FOUND, applicationId);
        }
        if (application.outcome == null || !RELEASED.contains(application.outcome)) {
            throw new DomainException(ErrorCode.REVIEW_ONLY_AFTER_RELEASE);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", ErrorCode.REASON_REQUIRED);
        }
        ProactiveReviewEntity review = em.find(ProactiveReviewEntity.class, applicationId);
        boolean fresh = review == null;
        if (fresh) {
            review = new ProactiveReviewEntity();
            review.applicationId = applicationId;
            review.agencyId = agencyId;
        }
        review.publish = publish;
        review.reason = reason.strip();
        review.decidedBy = staff.id();
        review.decidedAt = OffsetDateTime.now(clock);
        if (fresh) {
            em.persist(review);
        }
    }

    /** The same information: the same 文号, or else the same description once spaces and punctuation are ignored. */
    static String subjectOf(ApplicationDetailEntity d) {
        if (d.documentNumber != null && !d.documentNumber.isBlank()) {
            return "文号：" + normalise(d.documentNumber);
        }
        return normalise(d.description);
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\\p{Punct}，。、；：“”‘’（）《》【】〔〕]", "").toUpperCase(Locale.ROOT);
    }
}
