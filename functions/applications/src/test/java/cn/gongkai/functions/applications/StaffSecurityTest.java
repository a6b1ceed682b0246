package cn.gongkai.functions.applications;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StaffSecurityTest {

    static ValidatableResponse whoami(String token) {
        // A function without input takes an empty body: Funqy refuses "{}" for it as malformed input.
        var request = given().contentType(ContentType.JSON).body("");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.post("/staff-whoami").then();
    }

    static void unauthenticated(ValidatableResponse response) {
        response.statusCode(401).contentType(ContentType.JSON)
                .body("error.code", equalTo("UNAUTHENTICATED"))
                .body("error.message", containsString("请先登录"));
    }

    static PrivateKey someoneElsesKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    @Test
    void aValidDevelopmentTokenSaysWhoTheCallerIs() {
        whoami(DevTokens.issue("clerk-wang", "demo", Set.of("clerk", "office-head"), Duration.ofMinutes(5)))
                .statusCode(200)
                .body("userId", equalTo("clerk-wang"))
                .body("agency", equalTo("demo"))
                .body("roles", containsInAnyOrder("clerk", "office-head"));
    }

    @Test
    void withoutATokenStaffFunctionsAnswer401InTheErrorShape() {
        unauthenticated(whoami(null));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        String forged = Jwt.issuer("gongkai").upn("intruder").groups(Set.of("office-head")).claim("agency", "demo")
                .expiresIn(Duration.ofMinutes(5)).sign(someoneElsesKey());
        unauthenticated(whoami(forged));
    }

    @Test
    void anExpiredOrForeignIssuedTokenIsRefused() {
        unauthenticated(whoami(DevTokens.issue("clerk-wang", "demo", Set.of("clerk"), Duration.ofSeconds(-120))));
        String otherIssuer = Jwt.issuer("someone-else").upn("clerk-wang").groups(Set.of("clerk")).claim("agency", "demo")
                .expiresIn(Duration.ofMinutes(5)).sign();
        unauthenticated(whoami(otherIssuer));
    }

    @Test
    void theWholeStaffPrefixIsGuardedBeforeAnyFunctionRuns() {
        // Without a token even a staff path that names no function is refused, not looked up.
        unauthenticated(given().contentType(ContentType.JSON).body("{}").post("/staff-no-such-function").then());
        given().auth().oauth2(DevTokens.issue("clerk-wang", "demo", Set.of("clerk"), Duration.ofMinutes(5)))
                .contentType(ContentType.JSON).body("{}").post("/staff-no-such-function")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void publicFunctionsNeedNoToken() {
        given().contentType(ContentType.JSON).body("{\"received\":\"2022-09-30\"}").post("/deadline")
                .then().statusCode(200).body("replyDue", not(equalTo(null)));
    }
}
