package cn.gongkai.functions.common.http;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * One JSON shape for every failure, whatever raised it: {@code {"error":{"code","message","field"}}}. The caller's
 * mistakes are 4xx with a stable code and a Chinese message; only our own faults are 500, logged without the request.
 */
@ApplicationScoped
public class ErrorResponses {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        // No function at this path: answer in the same shape rather than with an HTML page.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> ctx.fail(404));
    }

    void handle(RoutingContext ctx) {
        Throwable failure = unwrap(ctx.failure());
        int status;
        ErrorCode code;
        String message;
        String field = null;
        if (failure instanceof DomainException e) {
            code = e.code();
            status = statusOf(code);
            message = e.getMessage();
            field = e.field();
        } else if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            status = 401;
            code = ErrorCode.UNAUTHENTICATED;
            message = code.message();
        } else if (failure instanceof ForbiddenException) {
            status = 403;
            code = ErrorCode.FORBIDDEN;
            message = code.message();
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            status = ctx.statusCode();
            code = switch (status) {
                case 401 -> ErrorCode.UNAUTHENTICATED;
                case 403 -> ErrorCode.FORBIDDEN;
                case 404 -> ErrorCode.NOT_FOUND;
                case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
                case 413 -> ErrorCode.BODY_TOO_LARGE;
                default -> ErrorCode.INVALID_JSON;
            };
            message = code.message();
        } else {
            status = 500;
            code = ErrorCode.INTERNAL_ERROR;
            message = code.message();
            LOG.errorf(failure, "request to %s failed", ctx.request().path());
        }
        if (ctx.response().ended()) {
            return;
        }
        JsonObject error = new JsonObject().put("code", code.name()).put("message", message).put("field", field);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", error).encode());
    }

    /** Funqy wraps what a function throws in its own ApplicationException. */
    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof DomainException) && !(t instanceof UnauthorizedException)
                && !(t instanceof AuthenticationFailedException) && !(t instanceof ForbiddenException)) {
            t = t.getCause();
        }
        return t != null ? t : failure;
    }

    static int statusOf(ErrorCode code) {
        return switch (code) {
            case CONCURRENT_UPDATE, FAQ_ENTRY_CHANGED, FAQ_ENTRY_EXISTS -> 409;
            case APPLICATION_NOT_FOUND, TRACKING_NOT_FOUND, NOT_FOUND, REPORT_ENTRY_NOT_FOUND -> 404;
            case CITATION_NOT_FOUND, CONSULTATION_NOT_FOUND, ANSWER_NOT_FOUND, KB_DOCUMENT_NOT_FOUND, KB_UPLOAD_NOT_FOUND,
                 FAQ_ENTRY_NOT_FOUND -> 404;
            case KB_OTHER_AGENCY -> 403;
            case KB_UPLOAD_TOO_LARGE -> 413;
            case TOO_MANY_ATTEMPTS -> 429;
            case EXTENSION_NEEDS_OFFICE_HEAD, FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case BODY_TOO_LARGE -> 413;
            case INTERNAL_ERROR -> 500;
            default -> 400;
        };
    }
}
