package cn.gongkai.cli;

import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The local run serves the applications function on its own plain HTTP server, with the demo agency ready. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LocalFunctionsTest {

    @Test
    void aCitizenSubmitsToTheDemoAgencyAndStaffSeeItInTheirQueue() {
        String id = given().contentType(ContentType.JSON).body("""
                        {"agencyId":"demo","applicantKind":"NATURAL_PERSON","name":"张三","idNumber":"11010519491231002X",
                         "phone":"13812345678","description":"本区2024年财政预算执行情况","deliveryForm":"ELECTRONIC",
                         "deliveryMethod":"ONLINE"}""")
                .post("/submit").then().statusCode(200).body("stage", equalTo("AWAITING_CONFIRMATION"))
                .extract().path("applicationId");

        String token = DevTokens.issue("dev-head", LocalSeed.DEMO_AGENCY, Set.of("clerk", "office-head"), Duration.ofMinutes(5));
        given().auth().oauth2(token).post("/staff-queue").then().statusCode(200).body("items.id", hasItem(id));
        given().post("/staff-queue").then().statusCode(401).body("error.code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body("{").post("/submit").then().statusCode(400)
                .body("error.code", equalTo("INVALID_JSON"));
    }
}
