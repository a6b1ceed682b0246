package cn.gongkai.cli;

import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws ten thousand generated malformed and hostile submissions at the submit function, served over plain HTTP
 * as in the local run (through the Lambda mock event server an over-limit body has now and then gone unanswered,
 * leaving the mock's single Lambda thread stuck for every later test): none may cause a 5xx,
 * every refusal must come in the documented error shape, and only the answers that accepted an application may have
 * written one.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HostileInputTest {
    static final int SUBMISSIONS = 10_000;
    static final String AGENCY = "hostile-input";
    static final String[] FIELDS = {"agencyId", "applicantKind", "name", "idType", "idNumber", "creditCode",
            "legalRepresentative", "contactPerson", "phone", "email", "address", "postcode", "description",
            "documentTitle", "documentNumber", "purpose", "deliveryForm", "deliveryMethod"};
    static final String[] REQUIRED = {"agencyId", "applicantKind", "name", "idNumber", "phone", "description",
            "deliveryForm", "deliveryMethod"};
    static final String[] HOSTILE = {"'; drop table application; --", "\" or 1=1 --", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "%s%s%n", "../../etc/passwd", "\u202e反转文本",
            "{{7*7}}", "NULL", "\\u0000", "😀😀😀", "ＡＢＣ１２３", "   "};

    @Inject
    AgencyRepository agencies;
    @Inject
    AgroalDataSource dataSource;
    @TestHTTPResource("/submit")
    URI submit;

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261122);

    @Transactional
    void anAgency() {
        if (agencies.findById(AGENCY) == null) {
            agencies.persist(AgencyEntity.of(AGENCY, "测试区人民政府办公室"));
        }
    }

    ObjectNode valid() {
        ObjectNode form = json.createObjectNode();
        form.put("agencyId", AGENCY).put("applicantKind", "NATURAL_PERSON").put("name", "张三")
                .put("idNumber", "11010519491231002X").put("phone", "13812345678")
                .put("description", "2023年老旧小区改造资金安排文件").put("deliveryForm", "ELECTRONIC")
                .put("deliveryMethod", "ONLINE");
        return form;
    }

    String field() {
        return FIELDS[random.nextInt(FIELDS.length)];
    }

    /** One generated submission body: each kind of damage, chosen at random. */
    String hostileBody(int i) {
        ObjectNode form = valid();
        String text = switch (i % 12) {
            case 0 -> {
                String whole = form.toString();
                yield whole.substring(0, random.nextInt(whole.length()));
            }
            case 1 -> {
                JsonNode wrong = switch (random.nextInt(5)) {
                    case 0 -> json.getNodeFactory().numberNode(random.nextInt());
                    case 1 -> json.createArrayNode().add("a").add(1);
                    case 2 -> json.createObjectNode().put("nested", "x");
                    case 3 -> json.getNodeFactory().booleanNode(true);
                    default -> json.getNodeFactory().numberNode(random.nextDouble());
                };
                form.set(field(), wrong);
                yield form.toString();
            }
            case 2 -> {
                form.remove(REQUIRED[random.nextInt(REQUIRED.length)]);
                yield form.toString();
            }
            case 3 -> {
                form.put(field(), "长".repeat(300 + random.nextInt(3000)));
                yield form.toString();
            }
            case 4 -> {
                StringBuilder id = new StringBuilder();
                for (int d = 0; d < 18; d++) {
                    id.append(random.nextInt(10));
                }
                form.put("idNumber", id.toString());
                yield form.toString();
            }
            case 5 -> {
                String target = field();
                String base = form.path(target).asText("值");
                char control = random.nextBoolean() ? '\u0000' : (char) (1 + random.nextInt(31));
                int at = base.isEmpty() ? 0 : random.nextInt(base.length());
                form.put(target, base.substring(0, at) + control + base.substring(at));
                yield form.toString();
            }
            case 6 -> {
                form.put(field(), HOSTILE[random.nextInt(HOSTILE.length)]);
                yield form.toString();
            }
            case 7 -> {
                form.put(random.nextBoolean() ? "applicantKind" : "deliveryMethod", HOSTILE[random.nextInt(HOSTILE.length)]);
                yield form.toString();
            }
            case 8 -> switch (random.nextInt(5)) {
                case 0 -> "[]";
                case 1 -> "\"just a string\"";
                case 2 -> "12345";
                case 3 -> "null";
                default -> "{\"agencyId\": \"" + AGENCY + "\", \"agencyId\": }";
            };
            case 9 -> {
                byte[] noise = new byte[1 + random.nextInt(200)];
                random.nextBytes(noise);
                yield new String(noise, StandardCharsets.ISO_8859_1);
            }
            case 10 -> {
                form.put("phone", HOSTILE[random.nextInt(HOSTILE.length)]);
                form.put("email", "a@" + "b".repeat(random.nextInt(400)) + ".cn");
                yield form.toString();
            }
            // Over-limit bodies are few: through the Lambda mock event server an over-limit body now and then leaves
            // the request unanswered (seen once in several thousand), which would hang the suite.
            default -> i % 1200 == 11
                    ? form.put("description", "大".repeat(70_000)).toString()
                    : form.put("agencyId", "no-such-agency-" + random.nextInt(1000)).toString();
        };
        return text;
    }

    @Test
    void tenThousandHostileSubmissionsCauseNo5xxAndWriteNothingTheyWereRefused() throws Exception {
        anAgency();
        long rowsBefore = applications();
        HttpClient client = HttpClient.newHttpClient();
        TreeMap<Integer, Integer> statuses = new TreeMap<>();
        List<String> badShapes = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < SUBMISSIONS; i++) {
            String body = hostileBody(i);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(submit)
                    .timeout(java.time.Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 200) {
                accepted++;
            } else if (!inErrorShape(response.body()) && badShapes.size() < 5) {
                badShapes.add(response.statusCode() + " " + response.body());
            }
        }

        System.out.printf("hostile submissions: %d, answers by status: %s%n", SUBMISSIONS, statuses);
        assertThat(statuses.keySet()).as("no server errors").allMatch(status -> status < 500);
        assertThat(badShapes).as("every refusal in the error shape").isEmpty();
        assertThat(statuses.getOrDefault(400, 0)).as("most are refused").isGreaterThan(SUBMISSIONS / 2);
        assertThat(applications() - rowsBefore).as("rows written = submissions accepted").isEqualTo(accepted);
    }

    private boolean inErrorShape(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            Function<String, Boolean> text = name -> error.path(name).isTextual() && !error.path(name).asText().isBlank();
            return text.apply("code") && text.apply("message") && error.has("field");
        } catch (Exception e) {
            return false;
        }
    }

    private long applications() throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from application where agency_id = ?")) {
            statement.setString(1, AGENCY);
            ResultSet row = statement.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }
}
