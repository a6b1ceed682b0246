package cn.gongkai.functions.applications;

import cn.gongkai.applications.ApplicationDesk;
import cn.gongkai.applications.ProactiveDisclosureReview;
import cn.gongkai.applications.Views;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.submission.SubmissionForm;
import cn.gongkai.domain.submission.SubmissionValidator;
import cn.gongkai.functions.common.http.ClientAddress;
import cn.gongkai.functions.common.security.Staff;
import io.quarkus.funqy.Funq;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * The applications function: citizens submit and follow their applications; staff (bearer token) handle them.
 * Every function maps its request to one call of the desk and returns the desk's answer.
 */
public class ApplicationFunctions {
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    @Inject
    ApplicationDesk desk;
    @Inject
    ProactiveDisclosureReview review;
    @Inject
    Staff staff;
    @Inject
    CurrentVertxRequest http;

    @Funq("submit")
    public Views.SubmissionReceipt submit(SubmissionForm application) {
        return desk.submit(present(application), Channel.ONLINE, new Actor("applicant", Role.APPLICANT), null,
                header(IDEMPOTENCY_HEADER));
    }

    @Funq("progress")
    public Views.ProgressView progress(Requests.Lookup lookup) {
        return desk.progress(present(lookup).trackingNumber(), lookup.queryCode(), clientKey());
    }

    @Funq("supplement")
    public Views.ProgressView supplement(Requests.Supplement answer) {
        return desk.supplement(present(answer).trackingNumber(), answer.queryCode(), answer.text(), clientKey());
    }

    @Funq("staff-register")
    public Views.SubmissionReceipt register(Requests.Register registration) {
        Actor actor = staff.actor();
        SubmissionForm form = present(present(registration).application());
        if (form.agencyId() != null && !form.agencyId().equals(staff.agency())) {
            throw new DomainException("agencyId", ErrorCode.FORBIDDEN);
        }
        Channel channel = channel(registration.channel());
        return desk.submit(form, channel, actor, registration.receivedOn(), header(IDEMPOTENCY_HEADER));
    }

    /** The agency's open applications by next deadline, a page at a time; every filter optional. */
    @Funq("staff-queue")
    public Views.QueuePage queue(Views.QueueQuery query) {
        return desk.queue(staff.requireAgency(), query);
    }

    @Funq("staff-case")
    public Views.CaseView view(Requests.CaseRef ref) {
        Actor actor = staff.actor();
        return desk.view(staff.agency(), present(ref).applicationId(), actor);
    }

    @Funq("staff-act")
    public Views.CaseView act(Requests.Act act) {
        Actor actor = staff.actor();
        if (present(act).command() == null) {
            throw new DomainException("command", ErrorCode.FIELD_REQUIRED, "command");
        }
        return desk.act(staff.agency(), act.applicationId(), act.command(), actor);
    }

    @Funq("staff-review-candidates")
    public List<ProactiveDisclosureReview.Candidate> reviewCandidates() {
        return review.candidates(staff.requireAgency());
    }

    @Funq("staff-review-decide")
    public Map<String, Object> reviewDecide(Requests.ReviewDecision decision) {
        Actor actor = staff.actor();
        if (present(decision).publish() == null) {
            throw new DomainException("publish", ErrorCode.FIELD_REQUIRED, "publish");
        }
        review.decide(staff.agency(), decision.applicationId(), decision.publish(), decision.reason(), actor);
        return Map.of("applicationId", decision.applicationId(), "publish", decision.publish());
    }

    static Channel channel(String value) {
        return SubmissionValidator.choice("channel", value, Channel.class);
    }

    /** An empty body reaches a function as null: answer it like malformed JSON. */
    private static <T> T present(T input) {
        if (input == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        return input;
    }

    private String header(String name) {
        RoutingContext ctx = http.getCurrent();
        return ctx == null ? null : ctx.request().getHeader(name);
    }

    private String clientKey() {
        return ClientAddress.of(http.getCurrent());
    }
}
