package cn.gongkai.cli;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ServeStatusTest {

    @Test
    void statusIsUpWithTheEmbeddedDatabase() {
        given().when().get("/api/status")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("database", equalTo("embedded"))
                .body("version", not(emptyOrNullString()));
    }

    @Test
    void healthIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
    }
}
