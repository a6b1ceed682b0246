package cn.gongkai.functions.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Staff functions are those named {@value #PREFIX}...: none runs, or is even looked up, without a valid bearer token.
 * Path permissions in configuration match whole segments only ({@code /staff/*}), not a name prefix, hence this
 * policy, which {@code quarkus.http.auth.permission.staff} applies to every path.
 */
@ApplicationScoped
public class StaffPathPolicy implements HttpSecurityPolicy {
    public static final String NAME = "staff-token";
    static final String PREFIX = "staff-";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        if (!isStaffPath(request.normalizedPath())) {
            return CheckResult.permit();
        }
        // Denying an anonymous caller would send the bare Bearer challenge; failing the check instead routes the 401
        // through ErrorResponses, so it comes in the one error shape.
        return identity.onItem().transformToUni(caller -> caller.isAnonymous()
                ? Uni.createFrom().failure(new UnauthorizedException())
                : CheckResult.permit());
    }

    @Override
    public String name() {
        return NAME;
    }

    static boolean isStaffPath(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.regionMatches(true, start, PREFIX, 0, PREFIX.length());
    }
}
