package cn.gongkai.infra;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthesized template of the whole stack, with all four functions given small stand-in packages. */
class GongkaiStackTest {
    @TempDir
    static Path dir;
    static Template template;
    static Map<String, Map<String, Object>> lambdas;
    static Map<String, Map<String, Object>> resources;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void synth() {
        template = Template.fromStack(GongkaiApp.stack(Packages.context(dir), dir.resolve("cdk.out").toString()));
        resources = (Map<String, Map<String, Object>>) template.toJSON().get("Resources");
        // the functions (named gongkai-...); CDK's own handlers, such as the page deployment's, have no name
        lambdas = new java.util.LinkedHashMap<>(resources("AWS::Lambda::Function"));
        lambdas.values().removeIf(f -> !String.valueOf(((Map<?, ?>) f.get("Properties")).get("FunctionName"))
                .startsWith("gongkai-"));
    }

    @Test
    void every_function_is_its_own_java21_lambda_with_snapstart_and_its_handler() {
        assertThat(lambdas).hasSize(4);
        expectFunction("applications", FunctionSpec.HTTP_HANDLER, 1024, 15, "arm64");
        expectFunction("reminders", FunctionSpec.FUNQY_HANDLER, 1024, 300, "arm64");
        expectFunction("reports", FunctionSpec.HTTP_HANDLER, 2048, 29, "arm64");
        expectFunction("assistant", FunctionSpec.HTTP_HANDLER, 2048, 29, "x86_64");
    }

    private static void expectFunction(String name, String handler, int memory, int timeout, String arch) {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "gongkai-" + name,
                "Handler", handler,
                "Runtime", "java21",
                "MemorySize", memory,
                "Timeout", timeout,
                "Architectures", List.of(arch),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "KmsKeyArn", Match.anyValue())));
    }

    @Test
    void functions_get_database_and_keys_from_secrets_manager_and_only_reminders_a_funqy_export() {
        for (String name : List.of("applications", "reminders", "reports", "assistant")) {
            Map<String, Object> env = environment(name);
            assertThat(env).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "GONGKAI_SECRETS_VERSION");
            assertThat(env).containsEntry("QUARKUS_DATASOURCE_JDBC_VALIDATE_ON_BORROW", "true");
            assertThat(json(env.get("QUARKUS_DATASOURCE_JDBC_URL"))).contains("jdbc:postgresql://").contains("DatabaseProxy")
                    .contains("sslmode=require");
            assertThat(json(env.get("QUARKUS_DATASOURCE_PASSWORD"))).contains("{{resolve:secretsmanager:").contains(":SecretString:password::}}");
        }
        assertThat(environment("reminders")).containsEntry("QUARKUS_FUNQY_EXPORT", "remind")
                .containsKeys("GONGKAI_MAIL_FROM", "GONGKAI_SMTP_HOST", "QUARKUS_MAILER_PASSWORD", "GONGKAI_DATA_KEY")
                .doesNotContainKeys("GONGKAI_JWT_PUBLIC_KEY", "GONGKAI_REPORTS_BUCKET");
        assertThat(json(environment("reminders").get("QUARKUS_MAILER_PASSWORD"))).contains("{{resolve:secretsmanager:");
        for (String http : List.of("applications", "reports", "assistant")) {
            assertThat(environment(http)).doesNotContainKey("QUARKUS_FUNQY_EXPORT")
                    .containsEntry("GONGKAI_JWT_PUBLIC_KEY", Map.of("Ref", "JwtJwksUrl"))
                    .containsEntry("MP_JWT_VERIFY_ISSUER", Map.of("Ref", "JwtIssuer"))
                    .doesNotContainKey("QUARKUS_MAILER_PASSWORD");
        }
        assertThat(json(environment("applications").get("GONGKAI_DATA_KEY"))).contains("{{resolve:secretsmanager:")
                .contains("PersonalDataKey");
        assertThat(environment("reports")).containsKey("GONGKAI_REPORTS_BUCKET")
                .doesNotContainKeys("GONGKAI_ASSISTANT_DOCUMENTS", "GONGKAI_ASSISTANT_SNAPSHOTS", "GONGKAI_DATA_KEY");
        assertThat(environment("assistant")).containsKeys("GONGKAI_ASSISTANT_DOCUMENTS", "GONGKAI_ASSISTANT_SNAPSHOTS")
                .doesNotContainKey("GONGKAI_REPORTS_BUCKET");
        // s3://<the knowledge bucket>/documents/ and /index/
        assertThat(json(environment("assistant").get("GONGKAI_ASSISTANT_DOCUMENTS"))).contains("\"s3://\"")
                .contains("KnowledgeIndex").contains("\"/documents/\"");
        assertThat(json(environment("assistant").get("GONGKAI_ASSISTANT_SNAPSHOTS"))).contains("KnowledgeIndex")
                .contains("\"/index/\"");
        // In the VPC's private subnets, behind the functions' security group.
        for (String name : List.of("applications", "reminders", "reports", "assistant")) {
            assertThat(json(properties(name).get("VpcConfig"))).contains("NetworkfunctionsSubnet")
                    .contains("FunctionsSecurityGroup");
        }
    }

    @Test
    void each_function_has_its_own_role_granting_only_what_it_uses() {
        Map<String, String> policyOf = new java.util.HashMap<>();
        for (String name : List.of("applications", "reminders", "reports", "assistant")) {
            String role = (String) ((List<?>) ((Map<?, ?>) properties(name).get("Role")).get("Fn::GetAtt")).get(0);
            assertThat(policyOf).doesNotContainKey(role);
            StringBuilder statements = new StringBuilder();
            resources("AWS::IAM::Policy").values().stream().map(GongkaiStackTest::json)
                    .filter(policy -> policy.contains("\"Roles\":[{\"Ref\":\"" + role + "\"}]"))
                    .forEach(statements::append);
            policyOf.put(name, statements.toString());
            // Logs and the network interfaces come from the two AWS managed execution policies, nothing broader.
            assertThat(json(resources("AWS::IAM::Role").get(role)))
                    .contains("AWSLambdaBasicExecutionRole").contains("AWSLambdaVPCAccessExecutionRole")
                    .doesNotContain("AdministratorAccess").doesNotContain("PowerUserAccess");
        }
        assertThat(policyOf.get("applications")).doesNotContain("s3:").contains("kms:Decrypt");
        assertThat(policyOf.get("reminders")).doesNotContain("s3:").contains("kms:Decrypt");
        assertThat(policyOf.get("reports")).contains("s3:PutObject").contains("Reports")
                .doesNotContain("KnowledgeIndex");
        // the assistant reads and writes the uploads and the index snapshots, and nothing else of the bucket
        assertThat(policyOf.get("assistant")).contains("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket")
                .contains("KnowledgeIndex").contains("\"/documents/*\"", "\"/index/*\"")
                .doesNotContain("\"/*\"").doesNotContain("s3:PutBucket").doesNotContain("\"Reports")
                .contains("kms:GenerateDataKey");
        // Secrets are resolved by CloudFormation at deploy: no function reads Secrets Manager itself, nor uses *.
        for (String policy : policyOf.values()) {
            assertThat(policy).doesNotContain("secretsmanager:").doesNotContain("\"Action\":\"*\"")
                    .doesNotContain("\"Resource\":\"*\"");
        }
    }

    @Test
    void citizen_routes_are_public_and_every_staff_route_needs_the_jwt_authorizer() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of("Issuer", Map.of("Ref", "JwtIssuer"),
                        "Audience", List.of(Map.of("Ref", "JwtAudience")))));
        Map<String, Map<String, Object>> routes = resources("AWS::ApiGatewayV2::Route");
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> route : routes.values()) {
            @SuppressWarnings("unchecked") Map<String, Object> p = (Map<String, Object>) route.get("Properties");
            String key = (String) p.get("RouteKey");
            keys.add(key);
            if (key.startsWith("POST /staff-")) {
                assertThat(p.get("AuthorizationType")).as(key).isEqualTo("JWT");
                assertThat(json(p.get("AuthorizerId"))).as(key).contains("StaffTokens");
            } else {
                assertThat(p.get("AuthorizationType")).as(key).isEqualTo("NONE");
            }
        }
        assertThat(keys).contains("POST /submit", "POST /progress", "POST /supplement", "POST /deadline", "POST /options",
                "POST /staff-act", "POST /staff-queue", "POST /staff-reminder-settings-update", "POST /staff-report-generate",
                "POST /ask").doesNotHaveDuplicates();
        // Staff paths of the applications go to the applications function, the report's to the reports function.
        assertThat(integrationOf(routes, "POST /staff-act")).contains("ApplicationsLive");
        assertThat(integrationOf(routes, "POST /staff-report-generate")).contains("ReportsLive");
        assertThat(integrationOf(routes, "POST /ask")).contains("AssistantLive");
    }

    private static String integrationOf(Map<String, Map<String, Object>> routes, String routeKey) {
        String target = routes.values().stream().map(GongkaiStackTest::json)
                .filter(r -> r.contains("\"" + routeKey + "\"")).findFirst().orElseThrow();
        String integrationId = target.replaceAll(".*\"Ref\":\"(Api[A-Za-z0-9]+Integration[A-Za-z0-9]*)\".*", "$1");
        return json(resources("AWS::ApiGatewayV2::Integration").get(integrationId));
    }

    @Test
    void the_api_is_throttled_with_a_tighter_limit_on_public_writes() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 100, "ThrottlingBurstLimit", 200),
                "RouteSettings", Map.of(
                        "POST /submit", Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40),
                        "POST /supplement", Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40)))));
    }

    @Test
    void reminders_run_every_morning_at_0830_beijing_time_with_retries_and_a_dead_letter_queue() {
        template.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(30 8 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Shanghai",
                "State", "ENABLED",
                "Target", Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", Match.stringLikeRegexp("RemindersLive.*")),
                        "DeadLetterConfig", Map.of("Arn", Map.of("Fn::GetAtt",
                                List.of(Match.stringLikeRegexp("RemindersDeadLetters.*"), "Arn"))),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", 3, "MaximumEventAgeInSeconds", 7200))))));
        // Lambda's own retries of the asynchronous call end in the same queue.
        template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                "FunctionName", Map.of("Ref", Match.stringLikeRegexp("RemindersFunction.*")), "MaximumRetryAttempts", 2,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Map.of("Fn::GetAtt",
                        List.of(Match.stringLikeRegexp("RemindersDeadLetters.*"), "Arn")))))));
    }

    @Test
    void alarms_cover_failed_reminders_function_errors_and_overdue_applications() {
        Map<String, Map<String, Object>> alarms = resources("AWS::CloudWatch::Alarm");
        List<String> names = alarms.values().stream().map(a -> json(((Map<?, ?>) a.get("Properties")).get("AlarmName")))
                .collect(Collectors.toList());
        assertThat(names).contains("\"gongkai-applications-errors\"", "\"gongkai-reminders-errors\"",
                "\"gongkai-reports-errors\"", "\"gongkai-assistant-errors\"", "\"gongkai-reminders-run-failed\"",
                "\"gongkai-reminders-run-missing\"", "\"gongkai-reminder-dead-letters\"",
                "\"gongkai-overdue-applications\"", "\"gongkai-api-5xx\"");
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", "gongkai-reminders-run-failed",
                "MetricName", "ApproximateNumberOfMessagesVisible", "Threshold", 1,
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("Alarms.*"))))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", "gongkai-overdue-applications",
                "Namespace", "Gongkai", "MetricName", "OverdueApplications",
                "ComparisonOperator", "GreaterThanOrEqualToThreshold")));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", "gongkai-reminders-run-missing",
                "ComparisonOperator", "LessThanThreshold", "TreatMissingData", "breaching")));
        template.hasResourceProperties("AWS::Logs::MetricFilter", Map.of(
                "FilterPattern", "{ $.event = \"reminder-run\" }",
                "LogGroupName", Map.of("Ref", Match.stringLikeRegexp("RemindersLogs.*")),
                "MetricTransformations", List.of(Map.of("MetricNamespace", "Gongkai",
                        "MetricName", "ReminderDeadLetters", "MetricValue", "$.summary.dead", "DefaultValue", 0))));
    }

    @Test
    void database_is_encrypted_private_and_reached_only_through_a_tls_proxy() {
        template.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "Engine", "aurora-postgresql",
                "StorageEncrypted", true,
                "KmsKeyId", Match.anyValue(),
                "DatabaseName", "gongkai",
                "DeletionProtection", true,
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0.5, "MaxCapacity", 4))));
        template.allResourcesProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "PubliclyAccessible", false, "DBInstanceClass", "db.serverless")));
        template.hasResourceProperties("AWS::RDS::DBSubnetGroup", Match.objectLike(Map.of(
                "SubnetIds", Match.arrayWith(List.of(Map.of("Ref", Match.stringLikeRegexp("NetworkdatabaseSubnet.*")))))));
        template.hasResourceProperties("AWS::RDS::DBProxy", Match.objectLike(Map.of(
                "EngineFamily", "POSTGRESQL", "RequireTLS", true)));
        // The database's only way in: port 5432 from the proxy.
        assertThat(json(resources("AWS::EC2::SecurityGroup"))).doesNotContain("0.0.0.0/0\",\"FromPort");
        template.resourceCountIs("AWS::EC2::InternetGateway", 1);
        template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("SecretStringTemplate", "{\"username\":\"gongkai\"}")),
                "KmsKeyId", Match.anyValue())));
        // GONGKAI_DATA_KEY must decode as Base64 to exactly 32 bytes: 43 letters and digits do.
        template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "Description", Match.stringLikeRegexp(".*GONGKAI_DATA_KEY.*"),
                "GenerateSecretString", Map.of("PasswordLength", 43, "ExcludePunctuation", true, "IncludeSpace", false),
                "KmsKeyId", Match.anyValue())));
    }

    @Test
    void buckets_are_encrypted_and_never_public_and_the_page_is_served_through_cloudfront() {
        Map<String, Map<String, Object>> buckets = resources("AWS::S3::Bucket");
        assertThat(buckets).hasSize(3);
        for (Map<String, Object> bucket : buckets.values()) {
            String b = json(bucket);
            assertThat(b).contains("\"BlockPublicAcls\":true", "\"BlockPublicPolicy\":true",
                    "\"IgnorePublicAcls\":true", "\"RestrictPublicBuckets\":true", "ServerSideEncryptionConfiguration");
        }
        assertThat(json(buckets.get(only(buckets, "Reports")))).contains("aws:kms").contains("\"Status\":\"Enabled\"");
        String knowledge = json(buckets.get(only(buckets, "KnowledgeIndex")));
        assertThat(knowledge).contains("aws:kms").contains("\"Status\":\"Enabled\"");
        // abandoned upload parts expire after a day
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of("LifecycleConfiguration",
                Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of("Id", "abandoned-upload-parts",
                        "Prefix", "documents/.uploads/", "ExpirationInDays", 1, "Status", "Enabled")),
                        Match.objectLike(Map.of("Prefix", "index/", "NoncurrentVersionExpiration",
                                Map.of("NoncurrentDays", 1)))))))));
        template.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "DefaultRootObject", "index.html",
                "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https")),
                "CacheBehaviors", Match.arrayWith(List.of(Match.objectLike(Map.of("PathPattern", "/submit")),
                        Match.objectLike(Map.of("PathPattern", "/staff-*", "ViewerProtocolPolicy", "https-only"))))))));
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        // Folders serve their index.html (the staff console at /console/).
        assertThat(json(resources("AWS::CloudFront::Distribution"))).contains("viewer-request");
        // Every bucket refuses plain HTTP.
        assertThat(resources("AWS::S3::BucketPolicy")).hasSize(3)
                .allSatisfy((id, p) -> assertThat(json(p)).contains("aws:SecureTransport"));
    }

    @Test
    void the_pages_are_deployed_into_the_site_bucket_and_cloudfront_forgets_the_old_ones() throws Exception {
        Map<String, Map<String, Object>> deployments = resources("Custom::CDKBucketDeployment");
        assertThat(deployments).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) deployments.values().iterator().next().get("Properties");
        assertThat(json(p.get("DestinationBucketName"))).contains(only(resources("AWS::S3::Bucket"), "CitizenSite"));
        assertThat(json(p.get("DistributionId"))).contains(only(resources("AWS::CloudFront::Distribution"), "CitizenPage"));
        assertThat(p.get("DistributionPaths")).isEqualTo(List.of("/*"));
        assertThat(p.get("Prune")).isEqualTo(true);
        // The asset is the pages' folder as given: its index.html, meta and all, staged for upload.
        String key = (String) ((List<?>) p.get("SourceObjectKeys")).get(0);
        Path staged = dir.resolve("cdk.out").resolve("asset." + key.replace(".zip", ""));
        assertThat(Files.readString(staged.resolve("index.html"))).isEqualTo(Packages.SITE_MARKER);
        assertThat(staged.resolve("console/index.html")).exists();
        // The deployment's handler writes to the site bucket only (and invalidates the distribution).
        String handlerRole = resources("AWS::IAM::Policy").values().stream().map(GongkaiStackTest::json)
                .filter(policy -> policy.contains("CustomCDKBucketDeployment")).findFirst().orElseThrow();
        assertThat(handlerRole).contains("CitizenSite").contains("cloudfront:CreateInvalidation")
                .doesNotContain("Reports").doesNotContain("KnowledgeIndex").doesNotContain("PersonalDataKey");
    }

    @Test
    void mail_goes_through_ses_with_a_sender_restricted_smtp_user() {
        template.hasResourceProperties("AWS::SES::EmailIdentity", Map.of("EmailIdentity", Map.of("Ref", "MailDomain")));
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(Match.objectLike(Map.of("Action", "ses:SendRawEmail",
                        "Condition", Map.of("StringEquals", Map.of("ses:FromAddress", Map.of("Ref", "MailFrom"))))))))));
    }

    /** The template's resources of one type, read once from its JSON (queries through jsii are slow). */
    static Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> found = new java.util.LinkedHashMap<>();
        resources.forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    @Test
    void a_folder_address_serves_its_index_page_and_files_stay_as_they_are() throws Exception {
        Map<String, Object> function = resources("AWS::CloudFront::Function").values().iterator().next();
        String code = (String) ((Map<?, ?>) function.get("Properties")).get("FunctionCode");
        // Run the function's own code in Node (which the CDK needs anyway) on the paths the pages use.
        String probe = code + "\nfor (const uri of ['/', '/console/', '/console', '/assets/app.js', '/index.html'])"
                + " console.log(uri + ' ' + handler({request: {uri: uri}}).uri);";
        Process node = new ProcessBuilder("node", "-e", probe).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as(out).isZero();
        assertThat(out.lines().toList()).containsExactly("/ /index.html", "/console/ /console/index.html",
                "/console /console/index.html", "/assets/app.js /assets/app.js", "/index.html /index.html");
    }

    private static String only(Map<String, Map<String, Object>> resources, String prefix) {
        List<String> ids = resources.keySet().stream().filter(id -> id.startsWith(prefix)).toList();
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(String function) {
        return lambdas.values().stream().map(r -> (Map<String, Object>) r.get("Properties"))
                .filter(p -> ("gongkai-" + function).equals(p.get("FunctionName"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(String function) {
        return (Map<String, Object>) ((Map<String, Object>) properties(function).get("Environment")).get("Variables");
    }

    static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
