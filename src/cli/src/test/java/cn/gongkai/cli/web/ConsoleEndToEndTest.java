package cn.gongkai.cli.web;

import cn.gongkai.cli.LocalSeed;
import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application carried through the pages in a real headless Chromium: a clerk registers a paper application,
 * requests a supplement, the applicant supplements on the citizen page, the office head approves an extension, the
 * clerk replies; the queue, the timeline and the deadlines follow at each step. Screenshots go to
 * {@code target/screenshots}.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConsoleEndToEndTest extends BrowserTest {

    String consoleAs(String user, String... roles) {
        String token = DevTokens.issue(user, LocalSeed.DEMO_AGENCY, Set.of(roles), Duration.ofMinutes(30));
        return base + "console/#token=" + token;
    }

    Page openCase(String url, String applicationId) {
        Page page = browser.page();
        page.navigate(url);
        page.locator("tr[data-id='" + applicationId + "'] a").click();
        assertThat(page.locator("#timeline")).isVisible();
        return page;
    }

    /** Natural persons' 予以公开 count in this year's table 三, as the report function computes it. */
    int disclosedToNaturalPersons(int year) {
        String token = DevTokens.issue("clerk-wang", LocalSeed.DEMO_AGENCY, Set.of("clerk"), Duration.ofMinutes(5));
        java.util.List<java.util.Map<String, Object>> rows = given().auth().oauth2(token).contentType("application/json")
                .body("{\"year\":" + year + "}").post("/staff-report-generate").then().statusCode(200)
                .extract().path("report.table3");
        return rows.stream().filter(r -> r.get("name").toString().endsWith("予以公开") && !r.get("name").toString().contains("部分"))
                .map(r -> ((Number) ((java.util.List<?>) r.get("cells")).get(0)).intValue()).findFirst().orElseThrow();
    }

    void act(Page page, String action) {
        page.locator("#actions button[data-action='" + action + "']").click();
    }

    @Test
    void aPaperApplicationGoesFromRegistrationToReplyThroughTheConsoleAndTheCitizenPage() {
        int year = cn.gongkai.domain.ChinaTime.today(java.time.Clock.systemUTC()).getYear();
        int disclosedBefore = disclosedToNaturalPersons(year);

        // The clerk registers a paper application handed in at the counter.
        Page clerk = browser.page();
        clerk.navigate(consoleAs("clerk-wang", "clerk"));
        assertThat(clerk.locator("#who")).containsText("clerk-wang");
        clerk.locator("nav a[data-tab='register']").click();
        clerk.selectOption("select[name='channel']", "IN_PERSON");
        clerk.fill("input[name='name']", "王小明");
        clerk.fill("input[name='idNumber']", "11010519491231002X");
        clerk.fill("input[name='phone']", "13812345678");
        clerk.fill("textarea[name='description']", "2025年本街道老旧小区改造项目的资金安排文件");
        clerk.locator("form button[type='submit']").click();
        String tracking = clerk.locator("#tracking-number").textContent();
        String queryCode = clerk.locator("#query-code").textContent();
        assertThat(tracking).startsWith("GK");
        Browser.screenshot(clerk, "register-receipt");
        clerk.locator("#receipt a").first().click();
        assertThat(clerk.locator("#stage")).hasText("办理中");
        assertThat(clerk.locator("#timeline")).containsText("clerk-wang（经办人）");
        assertThat(clerk.locator("#deadlines tr[data-deadline='SUPPLEMENT_NOTICE']")).containsText("计时中");
        String id = clerk.url().substring(clerk.url().lastIndexOf('/') + 1);
        assertThat(clerk.locator("#deadlines tr[data-deadline='REPLY']")).isVisible();
        assertThat(clerk.locator("#actions button[data-action='EXTEND']")).hasCount(0);
        assertThat(clerk.locator("#actions")).containsText("须经政府信息公开工作机构负责人同意");

        // The queue shows it with its next deadline.
        clerk.locator("nav a[data-tab='queue']").click();
        Locator row = clerk.locator("tr[data-id='" + id + "']");
        assertThat(row).containsText(tracking);
        assertThat(row).containsText("办理中");
        Browser.screenshot(clerk, "queue");

        // It is unclear: the clerk asks for a supplement.
        row.locator("a").click();
        act(clerk, "REQUEST_SUPPLEMENT");
        clerk.fill("form[data-action='REQUEST_SUPPLEMENT'] textarea[name='note']", "请说明所需文件的年份和项目名称");
        clerk.locator("form[data-action='REQUEST_SUPPLEMENT'] button[type='submit']").click();
        assertThat(clerk.locator("#stage")).hasText("待补正");
        assertThat(clerk.locator("#timeline")).containsText("告知补正");
        assertThat(clerk.locator("#deadlines tr[data-deadline='SUPPLEMENT_REPLY']")).containsText("计时中");
        assertThat(clerk.locator("#deadlines tr[data-deadline='SUPPLEMENT_NOTICE']")).containsText("已完成");

        // The applicant supplements on the citizen page with the tracking number and query code.
        Page citizen = browser.page();
        citizen.navigate(base + "#/progress");
        citizen.fill("input[name='trackingNumber']", tracking);
        citizen.fill("input[name='queryCode']", queryCode);
        citizen.locator("form button[type='submit']").click();
        assertThat(citizen.locator("#stage")).hasText("待补正");
        assertThat(citizen.locator("#history")).containsText("请说明所需文件的年份和项目名称");
        citizen.fill("#supplement textarea[name='text']", "2025年幸福里小区改造项目的资金安排文件");
        citizen.locator("#supplement button[type='submit']").click();
        assertThat(citizen.locator("#stage")).hasText("办理中");
        // what an extension could bring is said as such, and the supplement's limits as met
        assertThat(citizen.locator("#deadlines")).containsText("如经批准延长，最晚答复日期");
        assertThat(citizen.locator("#deadlines")).not().containsText("延长后答复期限：");
        assertThat(citizen.locator("#deadlines")).containsText("（已完成）");
        Browser.screenshot(citizen, "citizen-progress");

        // The office head approves an extension.
        Page head = openCase(consoleAs("head-li", "clerk", "office-head"), id);
        assertThat(head.locator("#timeline")).containsText("收到补正材料");
        assertThat(head.locator("#timeline")).containsText("（申请人）");
        assertThat(head.locator("#deadlines tr[data-deadline='SUPPLEMENT_REPLY']")).containsText("已完成");
        String replyDueBefore = head.locator("#deadlines tr[data-deadline='REPLY'] td").nth(1).textContent();
        act(head, "EXTEND");
        head.fill("form[data-action='EXTEND'] input[name='workingDays']", "10");
        head.fill("form[data-action='EXTEND'] textarea[name='note']", "需调取档案，延长答复期限");
        head.locator("form[data-action='EXTEND'] button[type='submit']").click();
        assertThat(head.locator("#stage")).hasText("已延期办理");
        assertThat(head.locator("#timeline")).containsText("head-li");
        assertThat(head.locator("#deadlines tr[data-deadline='EXTENDED_REPLY']")).containsText("计时中");
        assertThat(replyDueBefore).isNotBlank();
        Browser.screenshot(head, "application");

        // A second extension is not offered; the clerk replies.
        assertThat(head.locator("#actions button[data-action='EXTEND']")).hasCount(0);
        clerk.reload();
        assertThat(clerk.locator("#stage")).hasText("已延期办理");
        act(clerk, "REPLY");
        clerk.selectOption("form[data-action='REPLY'] select[name='outcome']", "DISCLOSED");
        clerk.fill("form[data-action='REPLY'] textarea[name='note']", "予以公开，见附件");
        clerk.locator("form[data-action='REPLY'] button[type='submit']").click();
        assertThat(clerk.locator("#stage")).hasText("已答复");
        assertThat(clerk.locator("#actions")).containsText("已办结");

        // Closed: no longer in the queue; the applicant sees the reply.
        clerk.locator("nav a[data-tab='queue']").click();
        assertThat(clerk.locator("table, p.muted").first()).isVisible();
        assertThat(clerk.locator("tr[data-id='" + id + "']")).hasCount(0);
        citizen.reload();
        citizen.fill("input[name='trackingNumber']", tracking);
        citizen.fill("input[name='queryCode']", queryCode);
        citizen.locator("form button[type='submit']").click();
        assertThat(citizen.locator("#stage")).hasText("已答复");
        assertThat(citizen.locator("#history")).containsText("予以公开，见附件");

        // The year's report counts it among the natural persons' 予以公开.
        assertThat(disclosedToNaturalPersons(year)).isEqualTo(disclosedBefore + 1);
        clerk.locator("nav a[data-tab='report']").click();
        clerk.selectOption("select[name='year']", String.valueOf(year));
        assertThat(clerk.locator("#findings")).isVisible();
        assertThat(clerk.frameLocator("#report-preview").locator("table").first()).isVisible();
        assertThat(clerk.frameLocator("#report-preview").locator("body")).containsText("予以公开");
        assertThat(clerk.locator("form[data-section='五'] textarea")).isVisible();
        // the time it was generated, in Beijing time to the minute, not an instant in UTC
        assertThat(clerk.getByText(java.util.regex.Pattern.compile("生成时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}　"))).isVisible();
        Browser.screenshot(clerk, "report");
    }

    @Test
    void aWrongQueryCodeAndABadFieldAreExplainedInPlainWords() {
        Page citizen = browser.page();
        citizen.navigate(base + "#/progress");
        citizen.fill("input[name='trackingNumber']", "GK2612019999ZZZZ");
        citizen.fill("input[name='queryCode']", "ABCDEFGH");
        citizen.locator("form button[type='submit']").click();
        assertThat(citizen.locator("p.error")).isVisible();
        assertThat(citizen.locator("p.error")).not().containsText("TRACKING_NOT_FOUND");

        citizen.navigate(base + "#/apply");
        // an organisation shows its credit code, not a person's identity document; 邮寄 makes the address required
        assertThat(citizen.locator("input[name='creditCode']")).isHidden();
        citizen.selectOption("select[name='applicantKind']", "COMMERCIAL_ENTERPRISE");
        assertThat(citizen.locator("input[name='creditCode']")).isVisible();
        assertThat(citizen.locator("input[name='idNumber']")).isHidden();
        assertThat(citizen.locator("input[name='address']")).not().hasAttribute("required", "");
        citizen.selectOption("select[name='deliveryMethod']", "POST");
        assertThat(citizen.locator("input[name='address']")).hasAttribute("required", "");
        Browser.screenshot(citizen, "apply-organisation");
        citizen.selectOption("select[name='deliveryMethod']", "ONLINE");
        citizen.selectOption("select[name='applicantKind']", "NATURAL_PERSON");
        assertThat(citizen.locator("input[name='idNumber']")).isVisible();
        citizen.fill("input[name='name']", "张三");
        citizen.fill("input[name='idNumber']", "110105194912310021");
        citizen.fill("input[name='phone']", "13812345678");
        citizen.fill("textarea[name='description']", "本区2024年财政预算执行情况报告");
        citizen.locator("form button[type='submit']").click();
        assertThat(citizen.locator("p.error")).containsText("校验位");
        assertThat(citizen.locator("input[name='idNumber']")).hasAttribute("aria-invalid", "true");
    }
}
