package cn.gongkai.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same functions against a PostgreSQL the office already runs: no Aurora, no proxy, its URL and secret. */
class ExistingDatabaseTest {
    @TempDir
    static Path dir;

    @Test
    void an_existing_postgresql_replaces_the_cluster_and_its_secret_feeds_the_functions() {
        Map<String, Object> context = new HashMap<>(Packages.context(dir));
        String arn = "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:gongkai-db-AbCdEf";
        context.put("gongkai:functions", "applications");
        context.put("gongkai:db:existingJdbcUrl", "jdbc:postgresql://pg.office.internal:5432/gongkai?sslmode=verify-full");
        context.put("gongkai:db:existingSecretArn", arn);
        Template template = Template.fromStack(GongkaiApp.stack(context, dir.resolve("out").toString()));

        template.resourceCountIs("AWS::RDS::DBCluster", 0);
        template.resourceCountIs("AWS::RDS::DBProxy", 0);
        template.resourceCountIs("AWS::Lambda::Function", 1);
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        String env = GongkaiStackTest.json(functions.values().iterator().next());
        assertThat(env).contains("\"QUARKUS_DATASOURCE_JDBC_URL\":\"jdbc:postgresql://pg.office.internal:5432/gongkai?sslmode=verify-full\"")
                .contains("{{resolve:secretsmanager:" + arn + ":SecretString:password::}}")
                .contains("{{resolve:secretsmanager:" + arn + ":SecretString:username::}}");
        assertThat(List.copyOf(template.findResources("AWS::ApiGatewayV2::Route").keySet())).isNotEmpty();
    }
}
