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
        // the one function (CDK's own handlers, such as the pages' deployment, have no name)
        Map<String, Map<String, Object>> functions = new HashMap<>(template.findResources("AWS::Lambda::Function"));
        functions.values().removeIf(f -> !GongkaiStackTest.json(f).contains("\"FunctionName\":\"gongkai-"));
        assertThat(functions).hasSize(1);
        String env = GongkaiStackTest.json(functions.values().iterator().next());
        assertThat(env).contains("\"QUARKUS_DATASOURCE_JDBC_URL\":\"jdbc:postgresql://pg.office.internal:5432/gongkai?sslmode=verify-full\"")
                .contains("{{resolve:secretsmanager:" + arn + ":SecretString:password::}}")
                .contains("{{resolve:secretsmanager:" + arn + ":SecretString:username::}}");
        assertThat(List.copyOf(template.findResources("AWS::ApiGatewayV2::Route").keySet())).isNotEmpty();
    }

    @Test
    void during_a_data_key_rotation_the_functions_get_the_previous_keys_and_the_hash_key_from_their_secrets() {
        Map<String, Object> context = new HashMap<>(Packages.context(dir));
        String previous = "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:gongkai-data-key-1-AbCdEf";
        context.put("gongkai:functions", "applications,reminders,reports");
        context.put("gongkai:dataKey:previousSecretArn", previous);
        context.put("gongkai:dataKey:hashSecretArn", previous);
        Template template = Template.fromStack(GongkaiApp.stack(context, dir.resolve("rotation").toString()));
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        for (String name : List.of("applications", "reminders", "reports")) {
            String function = functions.values().stream().map(GongkaiStackTest::json)
                    .filter(f -> f.contains("\"FunctionName\":\"gongkai-" + name + "\"")).findFirst().orElseThrow();
            if (name.equals("reports")) {
                assertThat(function).as("reports never reads personal data").doesNotContain("GONGKAI_DATA");
            } else {
                assertThat(function).contains("\"GONGKAI_DATA_KEYS_PREVIOUS\":\"{{resolve:secretsmanager:" + previous)
                        .contains("\"GONGKAI_DATA_HASH_KEY\":\"{{resolve:secretsmanager:" + previous)
                        .contains("\"GONGKAI_DATA_KEY\":");
            }
        }
    }
}
