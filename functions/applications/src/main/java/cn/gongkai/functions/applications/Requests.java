package cn.gongkai.functions.applications;

import cn.gongkai.applications.StaffCommand;
import cn.gongkai.domain.submission.SubmissionForm;

import java.time.LocalDate;

/** The JSON bodies the functions take (besides a bare submission form for {@code submit}). */
public final class Requests {
    private Requests() {
    }

    public record Lookup(String trackingNumber, String queryCode) {
    }

    public record Supplement(String trackingNumber, String queryCode, String text) {
    }

    /** Staff registering a paper, post, in-person, oral or fax application on the applicant's behalf. */
    public record Register(SubmissionForm application, String channel, LocalDate receivedOn) {
    }

    public record CaseRef(String applicationId) {
    }

    public record Act(String applicationId, StaffCommand command) {
    }

    public record ReviewDecision(String applicationId, Boolean publish, String reason) {
    }
}
