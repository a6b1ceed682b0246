package cn.gongkai.infra;

import software.constructs.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything about the deployment's shape that varies between offices: names, sizes, the schedule, where the
 * packages are. Read from CDK context ({@code cdk deploy -c gongkai:db:maxCapacity=8}, or cdk.json), each with a
 * default. Values the operator supplies at deploy time without changing the shape (token issuer, mail sender) are
 * CloudFormation parameters instead, see {@link GongkaiStack}.
 */
public final class Settings {
    private final Node context;
    private final Path root;

    public Settings(Node context) {
        this.context = context;
        this.root = text("gongkai:root").map(Path::of).orElseGet(Settings::findRoot).toAbsolutePath().normalize();
    }

    /** Prefix of every physical name (functions, API, schedule, alarms). */
    public String name() {
        return text("gongkai:name").orElse("gongkai");
    }

    public Path root() {
        return root;
    }

    /** The functions to deploy, in catalogue order, with their sizes and routes as overridden from context. */
    public List<FunctionSpec> functions() {
        List<String> chosen = list("gongkai:functions").orElse(null);
        List<FunctionSpec> result = new ArrayList<>();
        for (FunctionSpec spec : FunctionSpec.catalogue()) {
            if (chosen != null && !chosen.contains(spec.name())) {
                continue;
            }
            String key = "gongkai:" + spec.name() + ":";
            FunctionSpec configured = spec
                    .withSizes(integer(key + "memory", spec.memoryMb()), integer(key + "timeoutSeconds",
                            spec.timeoutSeconds()), bool(key + "arm64", spec.arm64()))
                    .withRoutes(list(key + "citizenPaths").orElse(spec.citizenPaths()),
                            list(key + "staffPaths").orElse(spec.staffPaths()));
            result.add(configured);
        }
        return result;
    }

    /**
     * Where a function's Lambda package is: context {@code gongkai:<name>:asset}, else the module's
     * {@code target/function.zip} (built by {@code ./mvnw package}). Empty when neither is given nor the module
     * exists in this checkout (a module still being written); a module that exists but is not built is an error.
     */
    public Optional<Path> asset(FunctionSpec spec) {
        Optional<String> given = text("gongkai:" + spec.name() + ":asset");
        if (given.isPresent()) {
            Path path = root.resolve(given.get()).normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("the package given for " + spec.name() + " does not exist: " + path);
            }
            return Optional.of(path);
        }
        Path module = root.resolve(spec.module());
        if (!Files.isRegularFile(module.resolve("pom.xml"))) {
            return Optional.empty();
        }
        Path zip = module.resolve("target/function.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no Lambda package for " + spec.name() + " at " + zip
                    + ": run ./mvnw package first (or give -c gongkai:" + spec.name() + ":asset=PATH)");
        }
        return Optional.of(zip);
    }

    public int maxAzs() {
        return integer("gongkai:vpc:maxAzs", 2);
    }

    public int natGateways() {
        return integer("gongkai:vpc:natGateways", 1);
    }

    public String databaseName() {
        return text("gongkai:db:name").orElse("gongkai");
    }

    public String databaseUser() {
        return text("gongkai:db:user").orElse("gongkai");
    }

    /** An existing PostgreSQL (JDBC URL) instead of the stack's Aurora cluster and proxy. */
    public Optional<String> existingJdbcUrl() {
        return text("gongkai:db:existingJdbcUrl");
    }

    /** Complete ARN of the secret holding the existing database's {@code username} and {@code password}. */
    public Optional<String> existingSecretArn() {
        return text("gongkai:db:existingSecretArn");
    }

    public double databaseMinCapacity() {
        return decimal("gongkai:db:minCapacity", 0.5);
    }

    public double databaseMaxCapacity() {
        return decimal("gongkai:db:maxCapacity", 4);
    }

    public int backupDays() {
        return integer("gongkai:db:backupDays", 14);
    }

    public boolean deletionProtection() {
        return bool("gongkai:db:deletionProtection", true);
    }

    public int logRetentionDays() {
        return integer("gongkai:logRetentionDays", 180);
    }

    public int apiRateLimit() {
        return integer("gongkai:api:rateLimit", 100);
    }

    public int apiBurstLimit() {
        return integer("gongkai:api:burstLimit", 200);
    }

    /** Submissions and supplements: writes by the public, tighter than the rest. */
    public int citizenWriteRateLimit() {
        return integer("gongkai:api:citizenWriteRateLimit", 20);
    }

    public int citizenWriteBurstLimit() {
        return integer("gongkai:api:citizenWriteBurstLimit", 40);
    }

    /**
     * When the reminder run starts, in {@link #reminderTimeZone()}. Daily, not MON-FRI: the working-day calendar has
     * make-up working weekends (调休) and weekday holidays, which only the run itself knows; on a rest day it sends
     * only overdue escalations.
     */
    public String reminderCron() {
        return text("gongkai:reminders:cron").orElse("cron(30 8 * * ? *)");
    }

    public String reminderTimeZone() {
        return text("gongkai:reminders:timeZone").orElse("Asia/Shanghai");
    }

    /** SMTP server of e-mail reminders: SES's in the region by default; an office relay where SES is not offered. */
    public Optional<String> smtpHost() {
        return text("gongkai:mail:smtpHost");
    }

    public int smtpPort() {
        return integer("gongkai:mail:smtpPort", 587);
    }

    public Optional<String> alarmEmail() {
        return text("gongkai:alarmEmail");
    }

    /**
     * During a data-key rotation: a secret (complete ARN) holding the previous data key(s), comma-separated, which
     * the functions decrypt with (GONGKAI_DATA_KEYS_PREVIOUS) until {@code ./gongkai admin rotate-data-key} is done.
     */
    public Optional<String> previousDataKeysSecretArn() {
        return text("gongkai:dataKey:previousSecretArn");
    }

    /** After a first rotation: a secret (complete ARN) holding the key of the keyed hashes (GONGKAI_DATA_HASH_KEY). */
    public Optional<String> dataHashKeySecretArn() {
        return text("gongkai:dataKey:hashSecretArn");
    }

    /** Bump after rotating a secret: the functions' settings are read again from Secrets Manager on deploy. */
    public String secretsVersion() {
        return text("gongkai:secretsVersion").orElse("1");
    }

    /** The overdue-applications alarm fires at this many open applications past their reply deadline. */
    public int overdueAlarmThreshold() {
        return integer("gongkai:alarms:overdueApplications", 1);
    }

    public int functionErrorThreshold() {
        return integer("gongkai:alarms:functionErrors", 5);
    }

    public Optional<String> account() {
        return text("gongkai:account").or(() -> Optional.ofNullable(System.getenv("CDK_DEFAULT_ACCOUNT")));
    }

    public Optional<String> region() {
        return text("gongkai:region").or(() -> Optional.ofNullable(System.getenv("CDK_DEFAULT_REGION")));
    }

    private Optional<String> text(String key) {
        Object value = context.tryGetContext(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString().trim());
    }

    private Optional<List<String>> list(String key) {
        Object value = context.tryGetContext(key);
        if (value instanceof List<?> items) {
            return Optional.of(items.stream().map(Object::toString).toList());
        }
        return text(key).map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList());
    }

    private int integer(String key, int fallback) {
        return text(key).map(s -> parse(key, s, Integer::parseInt)).orElse(fallback);
    }

    private double decimal(String key, double fallback) {
        return text(key).map(s -> parse(key, s, Double::parseDouble)).orElse(fallback);
    }

    private boolean bool(String key, boolean fallback) {
        return text(key).map(s -> switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("context " + key + " must be true or false, not " + s);
        }).orElse(fallback);
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("context " + key + " must be a number, not " + value, e);
        }
    }

    /** Where the citizen page and the staff console are in the checkout (src/web's static files). */
    public static final String SITE_FOLDER = "src/web/src/main/resources/META-INF/resources";

    /**
     * The pages' files to put in the site bucket: context {@code gongkai:site} (a folder), else {@link #SITE_FOLDER}.
     * Empty when the checkout has no src/web (nothing to deploy); a folder given but missing is an error.
     */
    public Optional<Path> site() {
        Optional<String> given = text("gongkai:site");
        Path folder = root.resolve(given.orElse(SITE_FOLDER)).normalize();
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            if (given.isPresent()) {
                throw new IllegalStateException("the pages given by gongkai:site have no index.html: " + folder);
            }
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** The project root: the nearest directory above the working directory holding functions/ and a pom.xml. */
    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("functions")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir;
    }
}
