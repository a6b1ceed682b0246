package cn.gongkai.infra;

import java.util.List;
import java.util.Map;

/**
 * One deployable function module as the stack sees it: where its package comes from, how Lambda starts it, what it
 * may reach, and which HTTP paths lead to it. The sizes here are defaults; {@link Settings} overrides them from
 * context ({@code gongkai:<name>:memory}, {@code gongkai:<name>:timeoutSeconds}, ...).
 *
 * @param name          short name, used in resource ids, context keys and the function's name
 * @param module        the Maven module that builds {@code target/function.zip}, relative to the project root
 * @param handler       the Lambda handler class and method
 * @param funqyExport   the Funqy function this Lambda serves ({@code QUARKUS_FUNQY_EXPORT}); null for the HTTP
 *                      bridge, which serves every function of the module at {@code /<name>}
 * @param memoryMb      default memory
 * @param timeoutSeconds default timeout (HTTP-facing functions stay under the HTTP API's 30 s)
 * @param arm64         Graviton unless the package carries x86-only native code
 * @param citizenPaths  public routes ({@code POST /<path>})
 * @param staffPaths    routes behind the JWT authorizer
 * @param access        what the function's role may reach beyond its logs and the network
 * @param environment   settings of its own (names the function's configuration reads)
 */
public record FunctionSpec(String name, String module, String handler, String funqyExport, int memoryMb,
                           int timeoutSeconds, boolean arm64, List<String> citizenPaths, List<String> staffPaths,
                           List<Access> access, Map<String, String> environment) {

    /** The handler of quarkus-amazon-lambda-http (Funqy HTTP behind the HTTP API), see its generated sam.jvm.yaml. */
    public static final String HTTP_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The handler of quarkus-funqy-amazon-lambda (one Funqy function per Lambda, invoked with its JSON input). */
    public static final String FUNQY_HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";

    public enum Access {
        /** PostgreSQL through RDS Proxy: the network path and the DB_* settings. */
        DATABASE,
        /** Personal data key (GONGKAI_DATA_KEY). */
        DATA_KEY,
        /** Verifies staff tokens (GONGKAI_JWT_PUBLIC_KEY, issuer). */
        STAFF_TOKENS,
        /** SMTP through SES for e-mail reminders. */
        MAIL,
        /** Reads and writes generated reports. */
        REPORTS_BUCKET,
        /**
         * The knowledge-base bucket's {@code documents/} (what the office uploads, and the parts of large uploads)
         * and {@code index/} (the index snapshots the instances share): read, write, delete there, nothing else.
         */
        KNOWLEDGE_BUCKET
    }

    public FunctionSpec {
        citizenPaths = List.copyOf(citizenPaths);
        staffPaths = List.copyOf(staffPaths);
        access = List.copyOf(access);
        environment = Map.copyOf(environment);
        for (String path : staffPaths) {
            if (!path.startsWith("staff-")) {
                throw new IllegalArgumentException("staff paths are named staff-...: " + path);
            }
        }
        for (String path : citizenPaths) {
            if (path.startsWith("staff-")) {
                throw new IllegalArgumentException("a staff-... path must not be public: " + path);
            }
        }
    }

    public FunctionSpec withRoutes(List<String> citizen, List<String> staff) {
        return new FunctionSpec(name, module, handler, funqyExport, memoryMb, timeoutSeconds, arm64, citizen, staff,
                access, environment);
    }

    public FunctionSpec withSizes(int memory, int timeout, boolean onArm) {
        return new FunctionSpec(name, module, handler, funqyExport, memory, timeout, onArm, citizenPaths, staffPaths,
                access, environment);
    }

    public boolean http() {
        return !citizenPaths.isEmpty() || !staffPaths.isEmpty();
    }

    /**
     * The four functions of Gongkai. Paths are the Funqy function names (Funqy HTTP serves each at /name); the
     * lists are the modules' {@code @Funq} names (CatalogueMatchesModulesTest holds them to it). The assistant module
     * is being written: its paths follow the same convention and can be replaced from context without touching this
     * code ({@code gongkai:assistant:citizenPaths=ask,cited}).
     */
    public static List<FunctionSpec> catalogue() {
        return List.of(
                new FunctionSpec("applications", "functions/applications", HTTP_HANDLER, null, 1024, 15, true,
                        List.of("submit", "progress", "supplement", "deadline", "options"),
                        List.of("staff-whoami", "staff-register", "staff-queue", "staff-case", "staff-act",
                                "staff-review-candidates", "staff-review-decide", "staff-reminder-settings",
                                "staff-reminder-settings-update", "staff-reminder-test", "staff-reminder-dead-letters"),
                        List.of(Access.DATABASE, Access.DATA_KEY, Access.STAFF_TOKENS), Map.of()),
                new FunctionSpec("reminders", "functions/reminders", FUNQY_HANDLER, "remind", 1024, 300, true,
                        List.of(), List.of(),
                        List.of(Access.DATABASE, Access.DATA_KEY, Access.MAIL),
                        // The run's summary is one JSON line; logged alone it becomes the metrics of the alarms.
                        Map.of("QUARKUS_LOG_CONSOLE_FORMAT", "%s%e%n")),
                new FunctionSpec("reports", "functions/reports", HTTP_HANDLER, null, 2048, 29, true,
                        List.of(),
                        List.of("staff-report-generate", "staff-report-summary", "staff-report-check",
                                "staff-report-text", "staff-report-snapshot", "staff-report-snapshots",
                                "staff-report-cases", "staff-report-case-record", "staff-report-case-delete",
                                "staff-report-disclosures", "staff-report-disclosure-record",
                                "staff-report-disclosure-delete", "staff-report-disclosure-import",
                                "staff-report-documents", "staff-report-document-record",
                                "staff-report-document-delete", "staff-report-document-import"),
                        // no personal data key: the report counts applications, it never reads who applied
                        List.of(Access.DATABASE, Access.STAFF_TOKENS, Access.REPORTS_BUCKET),
                        Map.of()),
                // The ONNX runtime and the tokenizer bring native libraries: x86_64 until the package is checked to
                // carry their aarch64 builds (gongkai:assistant:arm64=true switches).
                new FunctionSpec("assistant", "functions/assistant", HTTP_HANDLER, null, 2048, 29, false,
                        List.of("ask", "cited", "consult", "consultation", "feedback"),
                        List.of("staff-consultations", "staff-consultation-reply", "staff-consultation-classify",
                                "staff-assistant-feedback", "staff-kb-documents", "staff-kb-upload-part",
                                "staff-kb-document-save", "staff-kb-document-remove", "staff-kb-faq",
                                "staff-kb-faq-save", "staff-kb-faq-remove"),
                        List.of(Access.DATABASE, Access.DATA_KEY, Access.STAFF_TOKENS, Access.KNOWLEDGE_BUCKET),
                        Map.of("DJL_CACHE_DIR", "/tmp/djl")));
    }
}
