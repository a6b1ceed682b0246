package cn.gongkai.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.User;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.scheduler.targets.ScheduleTargetBaseProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system in one stack: network, PostgreSQL behind RDS Proxy, secrets, storage, one Lambda per function
 * module (SnapStart, own role), the HTTP API with a JWT authorizer on staff routes, the reminder schedule, the
 * citizen page behind CloudFront, and the alarms.
 */
public class GongkaiStack extends Stack {
    /** The alias every caller (API, schedule, direct invokers) uses: SnapStart snapshots published versions only. */
    public static final String LIVE = "live";
    public static final String METRIC_NAMESPACE = "Gongkai";
    /** The knowledge-base bucket's prefixes: uploaded documents (with their sidecars), the shared index snapshots. */
    public static final String KNOWLEDGE_DOCUMENTS = "documents/";
    public static final String KNOWLEDGE_INDEX = "index/";

    private final Settings settings;
    private final Map<String, Alias> aliases = new LinkedHashMap<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();

    public GongkaiStack(Construct scope, String id, StackProps props, Settings settings) {
        super(scope, id, props);
        this.settings = settings;
        String name = settings.name();

        // Deploy-time values of the office (no change of shape): who issues staff tokens, who sends the mail.
        CfnParameter jwtIssuer = CfnParameter.Builder.create(this, "JwtIssuer").type("String")
                .description("Issuer (iss) of staff tokens: the HTTPS URL of the identity provider").build();
        CfnParameter jwtAudience = CfnParameter.Builder.create(this, "JwtAudience").type("String").defaultValue("gongkai")
                .description("Audience (aud) staff tokens carry").build();
        CfnParameter jwksUrl = CfnParameter.Builder.create(this, "JwtJwksUrl").type("String")
                .description("URL of the identity provider's public keys (JWKS) for the functions' own token check")
                .build();
        CfnParameter mailFrom = CfnParameter.Builder.create(this, "MailFrom").type("String")
                .description("Sender address of e-mail reminders (an SES-verified identity)").build();
        CfnParameter mailDomain = CfnParameter.Builder.create(this, "MailDomain").type("String")
                .description("Domain of the sender address, verified in SES").build();

        Key key = Key.Builder.create(this, "DataKey").enableKeyRotation(true)
                .description(name + ": storage, secrets, queues and function settings").build();

        // Network: functions and the proxy in private subnets with egress (chat robots, SES, the token keys);
        // the database in isolated subnets without any route out.
        Vpc vpc = Vpc.Builder.create(this, "Network").maxAzs(settings.maxAzs()).natGateways(settings.natGateways())
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("functions").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(22).build(),
                        SubnetConfiguration.builder().name("database").subnetType(SubnetType.PRIVATE_ISOLATED)
                                .cidrMask(24).build()))
                .build();
        vpc.addGatewayEndpoint("S3Endpoint", software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).build());
        SecurityGroup functionsGroup = SecurityGroup.Builder.create(this, "FunctionsSecurityGroup").vpc(vpc)
                .description("Gongkai functions").allowAllOutbound(true).build();

        // PostgreSQL: Aurora Serverless v2 behind RDS Proxy, or an existing server the office already runs.
        ISecret databaseSecret;
        String jdbcUrl;
        if (settings.existingJdbcUrl().isPresent()) {
            jdbcUrl = settings.existingJdbcUrl().get();
            databaseSecret = Secret.fromSecretCompleteArn(this, "ExistingDatabaseSecret", settings.existingSecretArn()
                    .orElseThrow(() -> new IllegalArgumentException("gongkai:db:existingJdbcUrl needs "
                            + "gongkai:db:existingSecretArn, a secret with username and password")));
        } else {
            Database aurora = auroraBehindProxy(vpc, key, functionsGroup);
            databaseSecret = aurora.secret();
            jdbcUrl = "jdbc:postgresql://" + aurora.endpoint() + ":5432/" + settings.databaseName()
                    + "?sslmode=require";
        }

        // Personal data key: 32 bytes in Base64. 43 random letters and digits are valid Base64 (unpadded) of 32
        // bytes and carry 43 x log2(62) = 256 bits.
        Secret dataKey = Secret.Builder.create(this, "PersonalDataKey").encryptionKey(key)
                .description(name + ": GONGKAI_DATA_KEY, AES-256 key of personal data at rest (Base64)")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(43).excludePunctuation(true).includeSpace(false).build())
                .build();
        Optional<ISecret> previousDataKeys = settings.previousDataKeysSecretArn()
                .map(arn -> Secret.fromSecretCompleteArn(this, "PreviousDataKeys", arn));
        Optional<ISecret> dataHashKey = settings.dataHashKeySecretArn()
                .map(arn -> Secret.fromSecretCompleteArn(this, "DataHashKey", arn));
        // SMTP credentials of SES for e-mail reminders (set them after the first deploy, see README).
        Secret smtp = Secret.Builder.create(this, "SmtpCredentials").encryptionKey(key)
                .description(name + ": SES SMTP user name and password for e-mail reminders")
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate("{\"username\":\"unset\"}").generateStringKey("password")
                        .excludePunctuation(true).build())
                .build();
        software.amazon.awscdk.services.ses.EmailIdentity sender = software.amazon.awscdk.services.ses.EmailIdentity
                .Builder.create(this, "MailIdentity")
                .identity(software.amazon.awscdk.services.ses.Identity.domain(mailDomain.getValueAsString()))
                .build();
        User smtpUser = User.Builder.create(this, "SmtpUser").build();
        smtpUser.addToPolicy(PolicyStatement.Builder.create().effect(Effect.ALLOW)
                .actions(List.of("ses:SendRawEmail"))
                .resources(List.of(arnOf("ses", "identity/" + mailDomain.getValueAsString())))
                .conditions(Map.of("StringEquals", Map.of("ses:FromAddress", mailFrom.getValueAsString())))
                .build());

        // Storage: generated reports (versioned, the frozen snapshots stay) and the knowledge-base index.
        Bucket reports = privateBucket("Reports", key, true);
        Bucket knowledge = privateBucket("KnowledgeIndex", key, true);
        // Parts of an upload never saved (the console closed half-way) go after a day; so do the index snapshots
        // replaced since (derived data, rebuilt from the documents at any time).
        knowledge.addLifecycleRule(LifecycleRule.builder().id("abandoned-upload-parts")
                .prefix(KNOWLEDGE_DOCUMENTS + ".uploads/").expiration(Duration.days(1))
                .noncurrentVersionExpiration(Duration.days(1)).build());
        knowledge.addLifecycleRule(LifecycleRule.builder().id("replaced-index-snapshots")
                .prefix(KNOWLEDGE_INDEX).noncurrentVersionExpiration(Duration.days(1)).build());
        Bucket site = Bucket.Builder.create(this, "CitizenSite")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL).encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true).removalPolicy(RemovalPolicy.RETAIN).build();

        Topic alarms = Topic.Builder.create(this, "Alarms").displayName(name + " alarms").masterKey(key).build();
        settings.alarmEmail().ifPresent(mail -> alarms.addSubscription(new EmailSubscription(mail)));

        // Failed scheduled runs (after the schedule's and Lambda's retries) land here.
        Queue remindersDeadLetters = Queue.Builder.create(this, "RemindersDeadLetters")
                .encryption(QueueEncryption.KMS).encryptionMasterKey(key).enforceSsl(true)
                .retentionPeriod(Duration.days(14)).build();

        HttpApi api = HttpApi.Builder.create(this, "Api").apiName(name)
                .description(name + ": citizen and staff functions").createDefaultStage(false).build();
        HttpStage stage = HttpStage.Builder.create(this, "ApiStage").httpApi(api).autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(settings.apiRateLimit())
                        .burstLimit(settings.apiBurstLimit()).build())
                .build();
        HttpJwtAuthorizer staffAuthorizer = new HttpJwtAuthorizer("StaffTokens", jwtIssuer.getValueAsString(),
                HttpJwtAuthorizerProps.builder().jwtAudience(List.of(jwtAudience.getValueAsString()))
                        .identitySource(List.of("$request.header.Authorization")).build());

        Map<String, Object> routeThrottles = new HashMap<>();
        List<String> publicPaths = new java.util.ArrayList<>();
        boolean anyStaff = false;
        for (FunctionSpec spec : settings.functions()) {
            Optional<Path> asset = settings.asset(spec);
            if (asset.isEmpty()) {
                Annotations.of(this).addWarningV2("gongkai:missingModule:" + spec.name(), "module " + spec.module()
                        + " is not in this checkout: function " + spec.name() + " left out");
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>(spec.environment());
            env.put("GONGKAI_SECRETS_VERSION", settings.secretsVersion());
            if (spec.funqyExport() != null) {
                env.put("QUARKUS_FUNQY_EXPORT", spec.funqyExport());
            }
            for (FunctionSpec.Access access : spec.access()) {
                switch (access) {
                    case DATABASE -> {
                        // The functions read Quarkus' own names (DB_URL/DB_USER/DB_PASSWORD are the CLI's, which maps
                        // them onto these).
                        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
                        // A SnapStart snapshot keeps the pool's connections, dead after a restore: check on borrow.
                        env.put("QUARKUS_DATASOURCE_JDBC_VALIDATE_ON_BORROW", "true");
                        env.put("QUARKUS_DATASOURCE_USERNAME",
                                databaseSecret.secretValueFromJson("username").unsafeUnwrap());
                        env.put("QUARKUS_DATASOURCE_PASSWORD",
                                databaseSecret.secretValueFromJson("password").unsafeUnwrap());
                    }
                    case DATA_KEY -> {
                        env.put("GONGKAI_DATA_KEY", dataKey.getSecretValue().unsafeUnwrap());
                        // a rotation under way: the old keys still decrypt; the keyed hashes keep their key
                        previousDataKeys.ifPresent(s -> env.put("GONGKAI_DATA_KEYS_PREVIOUS",
                                s.getSecretValue().unsafeUnwrap()));
                        dataHashKey.ifPresent(s -> env.put("GONGKAI_DATA_HASH_KEY", s.getSecretValue().unsafeUnwrap()));
                    }
                    case STAFF_TOKENS -> {
                        env.put("GONGKAI_JWT_PUBLIC_KEY", jwksUrl.getValueAsString());
                        env.put("MP_JWT_VERIFY_ISSUER", jwtIssuer.getValueAsString());
                        env.put("MP_JWT_VERIFY_AUDIENCES", jwtAudience.getValueAsString());
                    }
                    case MAIL -> {
                        env.put("GONGKAI_MAIL_FROM", mailFrom.getValueAsString());
                        env.put("GONGKAI_SMTP_HOST", settings.smtpHost()
                                .orElseGet(() -> Fn.sub("email-smtp.${AWS::Region}.amazonaws.com")));
                        env.put("GONGKAI_SMTP_PORT", Integer.toString(settings.smtpPort()));
                        env.put("QUARKUS_MAILER_START_TLS", "REQUIRED");
                        env.put("QUARKUS_MAILER_USERNAME", smtp.secretValueFromJson("username").unsafeUnwrap());
                        env.put("QUARKUS_MAILER_PASSWORD", smtp.secretValueFromJson("password").unsafeUnwrap());
                    }
                    case REPORTS_BUCKET -> env.put("GONGKAI_REPORTS_BUCKET", reports.getBucketName());
                    case KNOWLEDGE_BUCKET -> {
                        // gongkai.assistant.documents / .snapshots: the uploads, and the index the instances share
                        env.put("GONGKAI_ASSISTANT_DOCUMENTS",
                                Fn.join("", List.of("s3://", knowledge.getBucketName(), "/" + KNOWLEDGE_DOCUMENTS)));
                        env.put("GONGKAI_ASSISTANT_SNAPSHOTS",
                                Fn.join("", List.of("s3://", knowledge.getBucketName(), "/" + KNOWLEDGE_INDEX)));
                    }
                }
            }
            LogGroup logs = LogGroup.Builder.create(this, id(spec) + "Logs")
                    .logGroupName("/aws/lambda/" + name + "-" + spec.name())
                    .retention(retention(settings.logRetentionDays())).removalPolicy(RemovalPolicy.RETAIN).build();
            Function.Builder builder = Function.Builder.create(this, id(spec) + "Function")
                    .functionName(name + "-" + spec.name())
                    .description(name + " " + spec.name() + " (" + spec.module() + ")")
                    .runtime(Runtime.JAVA_21)
                    .architecture(spec.arm64() ? Architecture.ARM_64 : Architecture.X86_64)
                    .handler(spec.handler())
                    .code(Code.fromAsset(asset.get().toString()))
                    .memorySize(spec.memoryMb())
                    .timeout(Duration.seconds(spec.timeoutSeconds()))
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .environment(env)
                    .environmentEncryption(key)
                    .logGroup(logs);
            if (spec.access().contains(FunctionSpec.Access.DATABASE)) {
                builder.vpc(vpc).vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build()).securityGroups(List.of(functionsGroup));
            }
            Function function = builder.build();
            // Its settings are encrypted with the stack's key: the role may decrypt with that key, nothing else.
            key.grantDecrypt(function);
            Alias.Builder alias = Alias.Builder.create(this, id(spec) + "Live").aliasName(LIVE)
                    .version(function.getCurrentVersion());
            if (!spec.http()) {
                // Invoked asynchronously (the schedule): two more tries, then the dead-letter queue.
                alias.retryAttempts(2).maxEventAge(Duration.hours(2)).onFailure(new SqsDestination(remindersDeadLetters));
            }
            Alias live = alias.build();
            functions.put(spec.name(), function);
            aliases.put(spec.name(), live);
            if (spec.access().contains(FunctionSpec.Access.REPORTS_BUCKET)) {
                reports.grantReadWrite(function);
            }
            if (spec.access().contains(FunctionSpec.Access.KNOWLEDGE_BUCKET)) {
                grantKnowledgePrefixes(knowledge, key, function);
            }

            HttpLambdaIntegration integration = new HttpLambdaIntegration(id(spec) + "Integration", live);
            for (String path : spec.citizenPaths()) {
                api.addRoutes(AddRoutesOptions.builder().path("/" + path).methods(List.of(HttpMethod.POST))
                        .integration(integration).build());
                publicPaths.add(path);
            }
            for (String path : spec.staffPaths()) {
                api.addRoutes(AddRoutesOptions.builder().path("/" + path).methods(List.of(HttpMethod.POST))
                        .integration(integration).authorizer(staffAuthorizer).build());
                anyStaff = true;
            }
            alarm(id(spec) + "Errors", name + "-" + spec.name() + "-errors",
                    "Function " + spec.name() + " failed " + settings.functionErrorThreshold() + "+ times in 5 minutes",
                    live.metricErrors(MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build()),
                    settings.functionErrorThreshold(), TreatMissingData.NOT_BREACHING, alarms);
            new CfnOutput(this, id(spec) + "FunctionArn", software.amazon.awscdk.CfnOutputProps.builder()
                    .value(live.getFunctionArn()).description("Invoke " + spec.name() + " here").build());
        }
        // Writes by the public get their own, tighter limit than the stage's.
        for (String path : List.of("submit", "supplement")) {
            if (publicPaths.contains(path)) {
                routeThrottles.put("POST /" + path, Map.of(
                        "ThrottlingRateLimit", settings.citizenWriteRateLimit(),
                        "ThrottlingBurstLimit", settings.citizenWriteBurstLimit()));
            }
        }
        if (!routeThrottles.isEmpty()) {
            ((CfnStage) stage.getNode().getDefaultChild()).addPropertyOverride("RouteSettings", routeThrottles);
        }

        Function reminders = functions.get("reminders");
        if (reminders != null) {
            remindersSchedule(name, aliases.get("reminders"), remindersDeadLetters, key);
            remindersAlarms(name, reminders, remindersDeadLetters, alarms);
        }
        Function reportsFunction = functions.get("reports");
        if (reportsFunction != null) {
            // Direct invocation of the report function (batch jobs, the supervising office's tooling): attach this.
            ManagedPolicy.Builder.create(this, "ReportsInvoker").managedPolicyName(name + "-reports-invoker")
                    .description("May invoke the report function directly")
                    .statements(List.of(PolicyStatement.Builder.create().actions(List.of("lambda:InvokeFunction"))
                            .resources(List.of(aliases.get("reports").getFunctionArn())).build()))
                    .build();
        }
        alarm("ApiServerErrors", name + "-api-5xx", "The HTTP API answered 5xx",
                new Metric(software.amazon.awscdk.services.cloudwatch.MetricProps.builder()
                        .namespace("AWS/ApiGateway").metricName("5xx")
                        .dimensionsMap(Map.of("ApiId", api.getApiId(), "Stage", "$default"))
                        .period(Duration.minutes(5)).statistic("Sum").build()),
                settings.functionErrorThreshold(), TreatMissingData.NOT_BREACHING, alarms);
        alarm("OverdueApplications", name + "-overdue-applications",
                "Open applications whose reply deadline has passed (published by the daily reminder run)",
                new Metric(software.amazon.awscdk.services.cloudwatch.MetricProps.builder()
                        .namespace(METRIC_NAMESPACE).metricName("OverdueApplications")
                        .period(Duration.days(1)).statistic("Maximum").build()),
                settings.overdueAlarmThreshold(), TreatMissingData.NOT_BREACHING, alarms);

        citizenSite(name, site, api, stage, publicPaths, anyStaff);

        new CfnOutput(this, "ApiUrl", software.amazon.awscdk.CfnOutputProps.builder().value(api.getApiEndpoint())
                .description("HTTP API (POST /<function>)").build());
        new CfnOutput(this, "DatabaseSecret", software.amazon.awscdk.CfnOutputProps.builder()
                .value(databaseSecret.getSecretArn()).build());
        new CfnOutput(this, "ReportsBucket", software.amazon.awscdk.CfnOutputProps.builder()
                .value(reports.getBucketName()).build());
        new CfnOutput(this, "KnowledgeBucket", software.amazon.awscdk.CfnOutputProps.builder()
                .value(knowledge.getBucketName()).build());
        new CfnOutput(this, "SiteBucket", software.amazon.awscdk.CfnOutputProps.builder()
                .value(site.getBucketName()).build());
        new CfnOutput(this, "MailIdentityName", software.amazon.awscdk.CfnOutputProps.builder()
                .value(sender.getEmailIdentityName()).build());
    }

    /** Where the functions find PostgreSQL: the proxy's (or existing server's) address and the credentials. */
    private record Database(String endpoint, ISecret secret) {
    }

    /** Aurora Serverless v2, encrypted, never public, in isolated subnets, reached only through RDS Proxy. */
    private Database auroraBehindProxy(Vpc vpc, Key key, SecurityGroup functionsGroup) {
        DatabaseCluster database = DatabaseCluster.Builder.create(this, "Database")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_16_13).build()))
                .credentials(Credentials.fromGeneratedSecret(settings.databaseUser(),
                        software.amazon.awscdk.services.rds.CredentialsBaseOptions.builder().encryptionKey(key)
                                .build()))
                .defaultDatabaseName(settings.databaseName())
                .writer(ClusterInstance.serverlessV2("writer", ServerlessV2ClusterInstanceProps.builder()
                        .publiclyAccessible(false).build()))
                .serverlessV2MinCapacity(settings.databaseMinCapacity())
                .serverlessV2MaxCapacity(settings.databaseMaxCapacity())
                .vpc(vpc).vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .storageEncrypted(true).storageEncryptionKey(key)
                .backup(software.amazon.awscdk.services.rds.BackupProps.builder()
                        .retention(Duration.days(settings.backupDays())).build())
                .deletionProtection(settings.deletionProtection())
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();
        DatabaseProxy proxy = database.addProxy("Proxy", DatabaseProxyOptions.builder()
                .vpc(vpc).vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .secrets(List.of(database.getSecret())).requireTls(true).iamAuth(false)
                .build());
        proxy.getConnections().allowFrom(functionsGroup, Port.tcp(5432), "Gongkai functions to the proxy");
        return new Database(proxy.getEndpoint(), database.getSecret());
    }

    public Map<String, Function> functions() {
        return functions;
    }

    private void remindersSchedule(String name, Alias reminders, Queue deadLetters, Key key) {
        Schedule.Builder.create(this, "RemindersSchedule").scheduleName(name + "-reminders")
                .description("The reminder run, every morning Beijing time; rest days only escalate overdue")
                .schedule(ScheduleExpression.expression(settings.reminderCron(),
                        TimeZone.of(settings.reminderTimeZone())))
                .target(new LambdaInvoke(reminders, ScheduleTargetBaseProps.builder()
                        .input(ScheduleTargetInput.fromObject(Map.of()))
                        .deadLetterQueue(deadLetters).retryAttempts(3).maxEventAge(Duration.hours(2)).build()))
                .build();
    }

    private void remindersAlarms(String name, Function reminders, Queue deadLetters, Topic alarms) {
        alarm("RemindersRunFailed", name + "-reminders-run-failed",
                "A scheduled reminder run failed after every retry (message in the dead-letter queue)",
                deadLetters.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .period(Duration.minutes(5)).statistic("Maximum").build()),
                1, TreatMissingData.NOT_BREACHING, alarms);
        alarm("RemindersRunMissing", name + "-reminders-run-missing",
                "No reminder run during a whole day",
                reminders.metricInvocations(MetricOptions.builder().period(Duration.days(1)).statistic("Sum")
                        .build()),
                1, TreatMissingData.BREACHING, alarms, ComparisonOperator.LESS_THAN_THRESHOLD);
        // The run logs its summary as one JSON line: {"event":"reminder-run","summary":{..."failed":n,"dead":n}}.
        for (String[] field : new String[][]{{"dead", "ReminderDeadLetters", "Reminders that failed every try"},
                {"failed", "ReminderDeliveryFailures", "Reminder deliveries that failed in a run (tried again later)"}}) {
            MetricFilter filter = MetricFilter.Builder.create(this, field[1] + "Filter")
                    .logGroup(reminders.getLogGroup())
                    .filterPattern(FilterPattern.stringValue("$.event", "=", "reminder-run"))
                    .metricNamespace(METRIC_NAMESPACE).metricName(field[1])
                    .metricValue("$.summary." + field[0]).defaultValue(0).build();
            alarm(field[1], name + "-" + field[1].replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(), field[2],
                    filter.metric(MetricOptions.builder().period(Duration.hours(1)).statistic("Sum").build()),
                    "dead".equals(field[0]) ? 1 : settings.functionErrorThreshold(),
                    TreatMissingData.NOT_BREACHING, alarms);
        }
    }

    private void citizenSite(String name, Bucket site, HttpApi api, HttpStage stage, List<String> publicPaths,
                             boolean anyStaff) {
        // The page calls the functions on its own origin, as under ./gongkai serve: /submit, /staff-..., ...
        HttpOrigin apiOrigin = HttpOrigin.Builder.create(Fn.select(2, Fn.split("/", api.getApiEndpoint())))
                .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY).build();
        BehaviorOptions toApi = BehaviorOptions.builder().origin(apiOrigin)
                .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                .allowedMethods(AllowedMethods.ALLOW_ALL).cachePolicy(CachePolicy.CACHING_DISABLED)
                .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER).build();
        Map<String, BehaviorOptions> behaviours = new LinkedHashMap<>();
        for (String path : publicPaths) {
            behaviours.put("/" + path, toApi);
        }
        if (anyStaff) {
            behaviours.put("/staff-*", toApi);
        }
        // The pages live in folders (/, /console/): a folder's address serves its index.html, as under serve.
        software.amazon.awscdk.services.cloudfront.Function folderIndex = software.amazon.awscdk.services.cloudfront
                .Function.Builder.create(this, "FolderIndex").comment("folder/ -> folder/index.html")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline("""
                        function handler(event) {
                          var request = event.request;
                          if (request.uri.endsWith('/')) {
                            request.uri += 'index.html';
                          } else if (request.uri.lastIndexOf('.') < request.uri.lastIndexOf('/')) {
                            request.uri += '/index.html';
                          }
                          return request;
                        }
                        """)).build();
        Distribution distribution = Distribution.Builder.create(this, "CitizenPage")
                .comment(name + " citizen page")
                .defaultRootObject("index.html")
                .priceClass(PriceClass.PRICE_CLASS_100)
                .defaultBehavior(BehaviorOptions.builder().origin(S3BucketOrigin.withOriginAccessControl(site))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .eventType(FunctionEventType.VIEWER_REQUEST).function(folderIndex).build()))
                        .build())
                .additionalBehaviors(behaviours)
                .build();
        distribution.getNode().addDependency(stage);
        // The pages' files into the bucket, at every deploy; the old ones pruned and CloudFront's copies invalidated.
        // They call the functions on their own origin (their <meta name="gongkai-api"> is empty), which the
        // behaviours above send to the HTTP API: no API address to write into them, no CORS.
        Optional<Path> pages = settings.site();
        if (pages.isPresent()) {
            BucketDeployment.Builder.create(this, "CitizenPageFiles")
                    .sources(List.of(Source.asset(pages.get().toString())))
                    .destinationBucket(site)
                    .distribution(distribution).distributionPaths(List.of("/*"))
                    .prune(true).memoryLimit(256)
                    .build();
        } else {
            Annotations.of(this).addWarningV2("gongkai:missingSite", Settings.SITE_FOLDER
                    + " is not in this checkout: the site bucket stays empty (or give -c gongkai:site=FOLDER)");
        }
        new CfnOutput(this, "CitizenPageUrl", software.amazon.awscdk.CfnOutputProps.builder()
                .value("https://" + distribution.getDistributionDomainName()).build());
    }

    /**
     * Objects under the knowledge bucket's two prefixes: read, write, delete; the key for their encryption. Listing
     * is the bucket's (a condition on s3:prefix would turn the 404 of a missing object into a 403).
     */
    private static void grantKnowledgePrefixes(Bucket knowledge, Key key, Function function) {
        List<String> prefixes = List.of(KNOWLEDGE_DOCUMENTS, KNOWLEDGE_INDEX);
        function.addToRolePolicy(PolicyStatement.Builder.create().effect(Effect.ALLOW)
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"))
                .resources(prefixes.stream().map(p -> knowledge.arnForObjects(p + "*")).toList()).build());
        function.addToRolePolicy(PolicyStatement.Builder.create().effect(Effect.ALLOW)
                .actions(List.of("s3:ListBucket")).resources(List.of(knowledge.getBucketArn())).build());
        key.grantEncryptDecrypt(function);
    }

    private Bucket privateBucket(String id, Key key, boolean versioned) {
        return Bucket.Builder.create(this, id).blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.KMS).encryptionKey(key).bucketKeyEnabled(true)
                .enforceSsl(true).versioned(versioned)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .noncurrentVersionExpiration(Duration.days(365)).build()))
                .removalPolicy(RemovalPolicy.RETAIN).build();
    }

    private void alarm(String id, String alarmName, String description, IMetric metric, double threshold,
                       TreatMissingData missing, Topic topic) {
        alarm(id, alarmName, description, metric, threshold, missing, topic,
                ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
    }

    private void alarm(String id, String alarmName, String description, IMetric metric, double threshold,
                       TreatMissingData missing, Topic topic, ComparisonOperator comparison) {
        Alarm alarm = Alarm.Builder.create(this, id + "Alarm").alarmName(alarmName).alarmDescription(description)
                .metric(metric).threshold(threshold).evaluationPeriods(1).comparisonOperator(comparison)
                .treatMissingData(missing).build();
        alarm.addAlarmAction(new SnsAction(topic));
    }

    private String arnOf(String service, String resource) {
        return formatArn(software.amazon.awscdk.ArnComponents.builder().service(service).resource(resource).build());
    }

    private static String id(FunctionSpec spec) {
        return Character.toUpperCase(spec.name().charAt(0)) + spec.name().substring(1);
    }

    private static RetentionDays retention(int days) {
        return switch (days) {
            case 30 -> RetentionDays.ONE_MONTH;
            case 90 -> RetentionDays.THREE_MONTHS;
            case 180 -> RetentionDays.SIX_MONTHS;
            case 365 -> RetentionDays.ONE_YEAR;
            case 731 -> RetentionDays.TWO_YEARS;
            case 1827 -> RetentionDays.FIVE_YEARS;
            default -> throw new IllegalArgumentException(
                    "gongkai:logRetentionDays must be one of 30, 90, 180, 365, 731, 1827, not " + days);
        };
    }
}
