package cn.gongkai.functions.common.security;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The member of staff behind a request, from the bearer token: user id ({@code upn}), roles ({@code groups}:
 * {@value #CLERK}, {@value #OFFICE_HEAD}) and agency ({@code agency} claim). No valid token, no staff action.
 */
@RequestScoped
public class Staff {
    public static final String CLERK = "clerk";
    public static final String OFFICE_HEAD = "office-head";
    public static final String AGENCY_CLAIM = "agency";

    @Inject
    SecurityIdentity identity;

    /** The acting member of staff, as the domain records them; 401 without a token, 403 without a staff role. */
    public Actor actor() {
        StaffPrincipal principal = principal();
        Role role = principal.hasRole(OFFICE_HEAD) ? Role.OFFICE_HEAD
                : principal.hasRole(CLERK) ? Role.CLERK : null;
        if (role == null || principal.agency() == null) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        return new Actor(principal.userId(), role);
    }

    /** Who is asking, whatever their roles; 401 without a valid token. */
    public StaffPrincipal principal() {
        return StaffPrincipal.of(identity);
    }

    public String agency() {
        return identity.isAnonymous() ? null : principal().agency();
    }

    /** The agency the member of staff acts for; every staff function works within it only. */
    public String requireAgency() {
        actor();
        return agency();
    }
}
