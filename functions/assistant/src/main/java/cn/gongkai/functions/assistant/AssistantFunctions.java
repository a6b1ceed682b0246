package cn.gongkai.functions.assistant;

import cn.gongkai.assistant.Answer;
import cn.gongkai.assistant.Assistant;
import cn.gongkai.assistant.CitedText;
import cn.gongkai.consultations.ConsultationDesk;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.submission.SubmissionValidator;
import cn.gongkai.functions.common.security.Staff;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The citizen assistant over HTTP: ask (with the conversation id for follow-ups), open a cited text, hand a
 * question over as an online consultation and read its reply; staff list, classify and reply to consultations.
 */
public class AssistantFunctions {
    @Inject
    Assistant assistant;
    @Inject
    ConsultationDesk consultations;
    @Inject
    Staff staff;
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
        return assistant.ask(text, conversation);
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
        return consultations.lookup(lookup == null ? null : lookup.lookupCode());
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
}
