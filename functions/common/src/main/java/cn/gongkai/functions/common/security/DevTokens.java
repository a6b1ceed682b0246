package cn.gongkai.functions.common.security;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;

/** Staff tokens for the local run and the tests, signed with the development key (never deployed). */
public final class DevTokens {
    private DevTokens() {
    }

    public static String issue(String user, String agency, Set<String> roles, Duration validFor) {
        return Jwt.issuer("gongkai").upn(user).groups(roles).claim(Staff.AGENCY_CLAIM, agency)
                .expiresIn(validFor).sign();
    }
}
