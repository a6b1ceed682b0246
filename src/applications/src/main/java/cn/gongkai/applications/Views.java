package cn.gongkai.applications;

import cn.gongkai.domain.application.Action;
import cn.gongkai.domain.application.ApplicationEvent;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadline;
import cn.gongkai.domain.clock.DeadlineExplainer;
import cn.gongkai.domain.clock.Deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the desk answers: plain records, serialised as JSON by the functions. */
public final class Views {
    private Views() {
    }

    public record DeadlineView(String kind, String name, String basis, String state, String stateName, LocalDate due,
                               int remainingWorkingDays, boolean provisional, String explanation) {

        static List<DeadlineView> of(ClockFacts facts, Deadlines deadlines, DeadlineExplainer explainer) {
            if (deadlines == null) {
                return List.of();
            }
            return deadlines.all().stream().map(d -> of(facts, d, explainer)).toList();
        }

        static DeadlineView of(ClockFacts facts, Deadline d, DeadlineExplainer explainer) {
            return new DeadlineView(d.kind().name(), d.kind().displayName(), d.kind().basis(), d.state().name(),
                    d.state().displayName(), d.due(), d.remainingWorkingDays(), d.provisional(),
                    explainer.explain(facts, d).text());
        }
    }

    /** The answer to a submission; the query code is shown only here (and to a retry with the same key). */
    public record SubmissionReceipt(String applicationId, String trackingNumber, String queryCode, String stage,
                                    String stageName, LocalDate receivedOn, List<DeadlineView> deadlines,
                                    boolean repeatedRequest, String notice) {
    }

    /** One step as the applicant sees it: what happened and when, and the text addressed to the applicant. */
    public record PublicStep(LocalDate on, String action, String actionName, String message) {
        /** Steps whose note is addressed to the applicant: what to supplement, why extended, the reply. */
        private static final Set<Action> NOTE_FOR_APPLICANT = Set.of(Action.REQUEST_SUPPLEMENT, Action.EXTEND, Action.REPLY);

        static PublicStep of(ApplicationEvent e) {
            return new PublicStep(e.on(), e.action().name(), e.action().displayName(),
                    NOTE_FOR_APPLICANT.contains(e.action()) ? e.note() : null);
        }
    }

    public record ProgressView(String trackingNumber, String agencyId, String applicant, String stage,
                               String stageName, LocalDate receivedOn, String outcome, String outcomeName,
                               LocalDate supplementDue, List<DeadlineView> deadlines, List<PublicStep> history) {
    }

    /** One step as staff see it (Art. 45): who, when, why. */
    public record StaffStep(int sequence, LocalDate on, String recordedAt, String action, String actionName,
                            String actorId, String actorRole, String actorRoleName, String note, String outcome,
                            LocalDate dueDate, Integer workingDays, String consultationKind, String consulted,
                            Long amountYuan) {
        static StaffStep of(ApplicationEvent e) {
            return new StaffStep(e.sequence(), e.on(), e.recordedAt().toString(), e.action().name(),
                    e.action().displayName(), e.actor().id(), e.actor().role().name(), e.actor().role().displayName(), e.note(),
                    e.outcome() == null ? null : e.outcome().name(), e.dueDate(), e.workingDays(),
                    e.pauseKind() == null ? null : e.pauseKind().name(), e.party(), e.amountYuan());
        }
    }

    public record Applicant(String kind, String kindName, String name, String idType, String idNumber,
                            String legalRepresentative, String contactPerson, String phone, String email,
                            String address, String postcode, boolean masked) {
    }

    public record RequestView(String description, String documentTitle, String documentNumber, String purpose,
                              String deliveryForm, String deliveryMethod) {
    }

    public record CaseView(String id, String trackingNumber, int version, String agencyId, String stage,
                           String stageName, String channel, LocalDate receivedOn, String outcome, Applicant applicant,
                           RequestView request, List<DeadlineView> deadlines, List<StaffStep> history,
                           List<String> availableActions) {
    }

    /**
     * One page of an agency's open applications, earliest next deadline first: {@code total} matching the filter,
     * and how many open ones stand at each stage (under the same channel and applicant-kind filter).
     */
    public record QueuePage(long total, int offset, int limit, java.util.Map<String, Long> byStage,
                            List<QueueItem> items) {
    }

    /** Which open applications to show: every filter optional; at most {@value #MAX_LIMIT} a page. */
    public record QueueQuery(String stage, String channel, String applicantKind, Integer offset, Integer limit) {
        public static final int DEFAULT_LIMIT = 50;
        public static final int MAX_LIMIT = 500;
        public static final QueueQuery ALL_FIRST_PAGE = new QueueQuery(null, null, null, 0, DEFAULT_LIMIT);
    }

    public record QueueItem(String id, String trackingNumber, String stage, String stageName, String channel,
                            String applicantKind, String applicant, LocalDate receivedOn, String nextDeadline,
                            LocalDate nextDue, boolean provisional) {
    }
}
