package cn.gongkai.functions.common.security;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who sent a staff request, as the bearer token says: the user id ({@code upn}, else {@code preferred_username},
 * else {@code sub}), the roles ({@code groups}) and the agency ({@value Staff#AGENCY_CLAIM} claim, null when absent).
 */
public record StaffPrincipal(String userId, Set<String> roles, String agency) {

    public StaffPrincipal {
        roles = Set.copyOf(roles);
    }

    /** 401 in the error shape when the request carries no valid token. */
    public static StaffPrincipal of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new DomainException(ErrorCode.UNAUTHENTICATED);
        }
        return new StaffPrincipal(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()),
                agencyOf(identity));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    private static String agencyOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(Staff.AGENCY_CLAIM);
            // A custom string claim comes back as a JSON string value, whose toString() keeps the quotes.
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }
}
