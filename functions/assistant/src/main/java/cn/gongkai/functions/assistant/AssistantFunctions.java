package cn.gongkai.functions.assistant;

import cn.gongkai.assistant.Answer;
import cn.gongkai.assistant.Assistant;
import cn.gongkai.assistant.CitedText;
import cn.gongkai.assistant.feedback.AnswerLog;
import cn.gongkai.consultations.ConsultationDesk;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.submission.SubmissionValidator;
import cn.gongkai.functions.common.http.ClientAddress;
import cn.gongkai.functions.common.security.Staff;
import io.quarkus.funqy.Funq;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The citizen assistant over HTTP: ask (with the conversation id for follow-ups), open a cited text, hand a
 * question over as an online consultation and read its reply, mark an answer helpful or not; staff list, classify
 * and reply to consultations, and see the questions most often declined and the answers most often marked unhelpful.
 */
public class AssistantFunctions {
    private static final Logger LOG = Logger.getLogger(AssistantFunctions.class);
    @Inject
    Assistant assistant;
    @Inject
    ConsultationDesk consultations;
    @Inject
    Staff staff;
    @Inject
    AnswerLog log;
    @Inject
    CurrentVertxRequest http;
    @ConfigProperty(name = "gongkai.assistant.agency", defaultValue = "demo")
    String defaultAgency;

    public record Question(String question, String conversationId) {
    }

    public record CitationRequest(String id) {
    }

    public record Consult(String question, String contact, String agencyId) {
    }

    public record Lookup(String lookupCode) {
    }

    public record StaffList(Boolean openOnly) {
    }

    public record Feedback(String conversationId, String answerId, Boolean helpful) {
    }

    /** Both lists look back {@code days} days (default 90) and hold up to {@code limit} entries (default 20). */
    public record FeedbackQuery(Integer days, Integer limit) {
    }

    public record FeedbackReport(List<AnswerLog.Unanswered> unanswered, List<AnswerLog.Disliked> disliked) {
    }

    public record StaffReply(String consultationId, String reply) {
    }

    public record StaffClassify(String consultationId, Boolean simple) {
    }

    @Funq("ask")
    public Answer ask(Question q) {
        String text = q == null || q.question() == null ? "" : q.question().strip();
        if (text.isEmpty()) {
            throw new DomainException("question", ErrorCode.FIELD_REQUIRED, SubmissionValidator.label("question"));
        }
        if (text.codePointCount(0, text.length()) > Assistant.MAX_QUESTION) {
            throw new DomainException("question", ErrorCode.FIELD_TOO_LONG, SubmissionValidator.label("question"),
                    Assistant.MAX_QUESTION);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new DomainException("question", ErrorCode.CONTROL_CHARACTERS, SubmissionValidator.label("question"));
        }
        String conversation = q.conversationId();
        if (conversation != null && (conversation.length() > 64 || !conversation.matches("[A-Za-z0-9-]*"))) {
            throw new DomainException("conversationId", ErrorCode.INVALID_JSON);
        }
        Answer answer = assistant.ask(text, conversation);
        try {
            log.record(defaultAgency, text, answer);
        } catch (RuntimeException e) {
            // the citizen still gets the answer; only the feedback on it is lost
            LOG.warnf("assistant answer not recorded: %s", e.getClass().getSimpleName());
        }
        return answer;
    }

    @Funq("feedback")
    public AnswerLog.Vote feedback(Feedback feedback) {
        if (feedback == null || feedback.helpful() == null) {
            throw new DomainException("helpful", ErrorCode.INVALID_JSON);
        }
        return log.vote(feedback.conversationId(), feedback.answerId(), feedback.helpful());
    }

    @Funq("cited")
    public CitedText cited(CitationRequest request) {
        if (request == null || request.id() == null || request.id().isBlank()) {
            throw new DomainException("id", ErrorCode.CITATION_NOT_FOUND);
        }
        return assistant.cited(request.id()).orElseThrow(() -> new DomainException("id", ErrorCode.CITATION_NOT_FOUND));
    }

    @Funq("consult")
    public ConsultationDesk.Receipt consult(Consult request) {
        if (request == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        String agency = request.agencyId() == null || request.agencyId().isBlank() ? defaultAgency : request.agencyId().strip();
        return consultations.ask(agency, request.question(), request.contact());
    }

    @Funq("consultation")
    public ConsultationDesk.Status consultation(Lookup lookup) {
        return consultations.lookup(lookup == null ? null : lookup.lookupCode(), ClientAddress.of(http.getCurrent()));
    }

    @Funq("staff-consultations")
    public List<ConsultationDesk.StaffView> staffConsultations(StaffList request) {
        return consultations.list(staff.requireAgency(), request == null || request.openOnly() == null || request.openOnly());
    }

    @Funq("staff-consultation-reply")
    public ConsultationDesk.StaffView staffReply(StaffReply request) {
        String agency = staff.requireAgency();
        if (request == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        return consultations.reply(agency, request.consultationId(), request.reply(), staff.actor());
    }

    @Funq("staff-consultation-classify")
    public ConsultationDesk.StaffView staffClassify(StaffClassify request) {
        String agency = staff.requireAgency();
        if (request == null || request.simple() == null) {
            throw new DomainException("simple", ErrorCode.INVALID_JSON);
        }
        return consultations.classify(agency, request.consultationId(), request.simple());
    }

    @Funq("staff-assistant-feedback")
    public FeedbackReport staffFeedback(FeedbackQuery query) {
        String agency = staff.requireAgency();
        int days = query == null || query.days() == null ? 90 : query.days();
        int limit = query == null || query.limit() == null ? 20 : query.limit();
        if (days < 1 || days > 3660) {
            throw new DomainException("days", ErrorCode.FIELD_NOT_ALLOWED, SubmissionValidator.label("days"), String.valueOf(days));
        }
        if (limit < 1 || limit > AnswerLog.LIST_MAX) {
            throw new DomainException("limit", ErrorCode.FIELD_NOT_ALLOWED, SubmissionValidator.label("limit"), String.valueOf(limit));
        }
        return new FeedbackReport(log.unanswered(agency, days, limit), log.disliked(agency, days, limit));
    }
}
