package cn.gongkai.cli.web;

import cn.gongkai.cli.LocalSeed;
import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * The knowledge base through the pages in a real headless Chromium: a clerk uploads a document in the console, the
 * citizen's question is answered from it with its article cited and opened in place, the citizen gives feedback;
 * a question the assistant declines shows up in the console, one click opens the FAQ form with it, and once the
 * entry is saved the citizen's question gets that answer (and the question leaves the list), and the answer the citizen
 * marked unhelpful is listed for staff. Screenshots go to {@code target/screenshots}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class KnowledgeEndToEndTest extends BrowserTest {
    static final String POLICY = """
            # 示范区占道停车收费管理办法

            第一条 为规范本区占道停车泊位收费，制定本办法。

            第二条 占道停车泊位首小时收费五元，此后每半小时收费二元；夜间二十时至次日八时免费停放。

            第三条 本办法自2026年3月1日起施行。
            """;
    static final String GAP = "政务大厅的食堂几点开饭？";
    /** As staff see it: masked, full-width punctuation folded. */
    static final String GAP_SEEN = "政务大厅的食堂几点开饭";

    static String token() {
        return DevTokens.issue("clerk-wang", LocalSeed.DEMO_AGENCY, Set.of("clerk"), Duration.ofMinutes(30));
    }

    static Object post(String function, Map<String, ?> body) {
        return given().auth().oauth2(token()).contentType("application/json").body(body).post("/" + function)
                .then().statusCode(200).extract().path("");
    }

    /** The index lives on between runs: what earlier runs uploaded goes first. */
    @SuppressWarnings("unchecked")
    static void removeWhatWasUploaded() {
        for (Map<String, Object> entry : (List<Map<String, Object>>) post("staff-kb-faq", Map.of())) {
            post("staff-kb-faq-remove", Map.of("id", entry.get("id"), "revision", entry.get("revision")));
        }
        for (Map<String, Object> d : (List<Map<String, Object>>) post("staff-kb-documents", Map.of())) {
            if (Boolean.TRUE.equals(d.get("uploaded"))) {
                post("staff-kb-document-remove", Map.of("documentId", d.get("documentId")));
            }
        }
    }

    Locator ask(Page citizen, String question) {
        int before = citizen.locator("section.answer").count();
        citizen.fill("#question", question);
        citizen.locator("form button[type='submit']").first().click();
        Locator answer = citizen.locator("section.answer").nth(before);
        assertThat(answer).isVisible();
        return answer;
    }

    @Test
    void aDocumentUploadedInTheConsoleIsAnsweredOnTheCitizenPageAndAnUnansweredQuestionBecomesAnFaqEntry() {
        removeWhatWasUploaded();

        // The clerk uploads the new policy with its metadata.
        Page clerk = browser.page();
        clerk.navigate(base + "console/#token=" + token());
        clerk.locator("nav a[data-tab='kb']").click();
        clerk.setInputFiles("#kb-file", new FilePayload("示范区占道停车收费管理办法.md", "text/markdown",
                POLICY.getBytes(StandardCharsets.UTF_8)));
        assertThat(clerk.locator("#kb-title")).hasValue("示范区占道停车收费管理办法");
        clerk.fill("#kb-number", "示政发〔2026〕3号");
        clerk.fill("#kb-issuer", "示范区人民政府");
        clerk.selectOption("#validity", "现行有效");
        clerk.fill("#kb-effective", "2026-03-01");
        clerk.fill("#kb-supersedes", "示范区停车收费暂行规定");
        clerk.locator("#kb-upload button[type='submit']").click();
        assertThat(clerk.locator("p.notice")).containsText("已入库：《示范区占道停车收费管理办法》，3个条文片段");
        Locator row = clerk.locator("#kb-documents tr", new Page.LocatorOptions().setHasText("示范区占道停车收费管理办法"));
        assertThat(row).containsText("示政发〔2026〕3号");
        assertThat(row).containsText("上传");

        // The citizen asks: the answer rests on the uploaded article, which opens in place; the citizen likes it.
        Page citizen = browser.page();
        citizen.navigate(base + "#/ask");
        Locator answer = ask(citizen, "占道停车泊位首小时收费多少钱？");
        assertThat(answer.locator(".answer-text")).containsText("五元");
        Locator cited = answer.locator("ul.citations summary").first();
        assertThat(cited).containsText("《示范区占道停车收费管理办法》第二条");
        assertThat(cited).containsText("现行有效");
        cited.click();
        assertThat(answer.locator("ul.citations pre").first()).containsText("夜间二十时至次日八时免费停放");
        answer.locator("button[data-vote='up']").click();
        assertThat(answer.locator("button[data-vote='up']")).hasAttribute("aria-pressed", "true");
        assertThat(answer.locator(".feedback")).containsText("谢谢您的评价");
        Browser.screenshot(citizen, "chat");

        // A new topic, in a new conversation (a short question would be read as a follow-up of the last one): the
        // knowledge base does not cover it, so it is declined, handed over if the citizen wishes; marked unhelpful.
        citizen.reload();
        Locator declined = ask(citizen, GAP);
        assertThat(declined).hasClass(java.util.regex.Pattern.compile(".*refused.*"));
        assertThat(declined.locator("form.consult")).isVisible();
        declined.locator("button[data-vote='down']").click();
        assertThat(declined.locator("button[data-vote='down']")).hasAttribute("aria-pressed", "true");

        // The clerk sees it among the unanswered questions and writes an FAQ entry for it in one click.
        clerk.reload();
        Locator gap = clerk.locator("#unanswered tr", new Page.LocatorOptions().setHasText(GAP_SEEN));
        assertThat(gap).isVisible();
        gap.locator("button[data-write-faq]").click();
        assertThat(clerk.locator("#faq-question")).hasValue(GAP_SEEN + "?");
        assertThat(clerk.locator("#faq-answer")).isFocused();
        clerk.fill("#faq-answer", "政务大厅食堂工作日11:30至13:00供应午餐，仅对工作人员开放。");
        Browser.screenshot(clerk, "kb");
        clerk.locator("#faq-form button[type='submit']").click();
        assertThat(clerk.locator("p.notice")).containsText("常见问题已保存");
        assertThat(clerk.locator("#faq-entries")).containsText(GAP_SEEN);

        // Asked again, the question gets the new entry's answer, and leaves the unanswered list.
        citizen.reload();
        Locator faq = ask(citizen, GAP);
        assertThat(faq.locator(".answer-text")).containsText("11:30至13:00");
        assertThat(faq.locator("ul.citations summary").first()).containsText("本机关政府信息公开常见问题");
        clerk.reload();
        // the declined answer the citizen marked unhelpful is listed, with the question as its example
        assertThat(clerk.locator("#disliked")).containsText(GAP_SEEN);
        assertThat(clerk.locator("#unanswered tr", new Page.LocatorOptions().setHasText(GAP_SEEN))).hasCount(0);
        Browser.screenshot(clerk, "kb-documents");

        // The clerk takes the document out again: the citizen's question is no longer answered from it.
        Locator remove = clerk.locator("#kb-documents tr", new Page.LocatorOptions().setHasText("示范区占道停车收费管理办法"))
                .locator("button[data-remove]");
        remove.click();
        assertThat(remove).hasText("确认移出");
        remove.click();
        assertThat(clerk.locator("p.notice")).containsText("已移出");
        citizen.reload();
        assertThat(ask(citizen, "占道停车泊位首小时收费多少钱？").locator("ul.citations")).hasCount(0);
    }
}
