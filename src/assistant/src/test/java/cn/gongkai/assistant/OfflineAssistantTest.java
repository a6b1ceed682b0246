package cn.gongkai.assistant;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineAssistantTest {
    static final String LAW = "示范市政府信息公开办法";
    static KnowledgeBase kb;
    static Assistant assistant;
    static final List<String> progressCalls = new ArrayList<>();

    @BeforeAll
    static void open() throws Exception {
        kb = FixtureKnowledgeBase.open();
        assistant = FixtureKnowledgeBase.offline(kb, (number, code) -> {
            progressCalls.add(number + "/" + code);
            if (!code.equals("ABCD2345")) {
                throw new DomainException(ErrorCode.TRACKING_NOT_FOUND);
            }
            return "申请" + number + "正在办理中，最晚2026年12月29日答复。";
        });
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    @ParameterizedTest
    @CsvSource({
            "申请内容不明确，行政机关会怎么处理？, 第十二条",
            "认为行政机关侵犯了我的合法权益，可以申请行政复议吗？, 第二十条",
            "通过互联网提交的申请，以哪天为收到申请之日？, 第十四条",
            "申请政府信息公开应当写明哪些内容？, 第九条",
            "行政机关收到申请后多少个工作日内答复？, 第十三条",
    })
    void should_cite_the_current_article_that_answers_the_question(String question, String article) {
        Answer answer = assistant.ask(question, null);
        assertThat(answer.refused()).as(answer.answer()).isFalse();
        assertThat(answer.citations()).as(answer.answer()).isNotEmpty();
        Citation first = answer.citations().getFirst();
        assertThat(first.document()).isEqualTo(LAW);
        assertThat(first.article()).isEqualTo(article);
        assertThat(first.status()).isEqualTo("现行有效");
        assertThat(first.number()).isEqualTo("示范市人民政府令第31号");
        assertThat(answer.answer()).contains(kb.search(LAW + article, cn.gongkai.knowledge.SearchOptions.defaults()
                .withLimit(1)).getFirst().text().strip().substring(0, 20));
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.current()).isTrue());
    }

    @Test
    void should_never_cite_a_superseded_text_as_current() {
        Answer answer = assistant.ask("答复期限是多少个工作日？能延长多久？", null);
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.current()).isTrue();
            assertThat(c.status()).isEqualTo("现行有效");
        });
        assertThat(answer.answer()).contains("20个工作日").doesNotContain("15个工作日");
    }

    @Test
    void should_label_the_old_version_when_the_question_asks_about_history() {
        Answer answer = assistant.ask("2015年版的示范市政府信息公开办法第十三条规定多少天答复？", null);
        assertThat(answer.citations()).isNotEmpty();
        Citation first = answer.citations().getFirst();
        assertThat(first.current()).isFalse();
        assertThat(first.status()).isEqualTo("已修订");
        assertThat(first.display()).endsWith("（已修订）");
        assertThat(answer.answer()).contains("15个工作日").contains("不是现行规定");
    }

    @Test
    void should_give_the_curated_faq_answer_with_the_article_it_rests_on() {
        Answer answer = assistant.ask("申请政府信息公开要交费吗？", null);
        assertThat(answer.kind()).isEqualTo("FAQ");
        assertThat(answer.answer()).contains("一般不收费");
        assertThat(answer.citations()).extracting(Citation::kind).first().isEqualTo("常见问题");
        assertThat(answer.citations()).anySatisfy(c -> {
            assertThat(c.document()).isEqualTo(LAW);
            assertThat(c.article()).isEqualTo("第十八条");
        });
    }

    @Test
    void should_compute_the_real_due_date_for_a_question_about_time() {
        Answer answer = assistant.ask("我11月3日提交的申请最晚哪天答复？", null);
        assertThat(answer.kind()).isEqualTo("DEADLINE");
        // 2026-11-03 (Tuesday) + 20 working days, counted by hand: 2026-12-01
        assertThat(answer.answer()).contains("2026年11月3日").contains("最晚应于2026年12月1日答复");
        assertThat(answer.citations()).extracting(Citation::article).contains("第十三条");
    }

    @Test
    void should_understand_a_follow_up_in_the_context_of_the_conversation() {
        Answer first = assistant.ask("我11月3日提交的申请最晚哪天答复？", null);
        Answer followUp = assistant.ask("那延期呢？", first.conversationId());
        assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
        assertThat(followUp.kind()).isEqualTo("DEADLINE");
        // 20 more working days after 2026-12-01: 2026-12-29
        assertThat(followUp.answer()).contains("即最晚2026年12月29日");
        Answer alone = assistant.ask("那延期呢？", null);
        assertThat(alone.kind()).isNotEqualTo("DEADLINE");
    }

    @Test
    void should_answer_a_short_new_topic_on_its_own_within_a_conversation() {
        Answer alone = assistant.ask("政府信息公开要交费吗？", null);
        assertThat(alone.refused()).as(alone.answer()).isFalse();
        Answer first = assistant.ask("我11月3日提交的申请最晚哪天答复？", null);
        Answer next = assistant.ask("政府信息公开要交费吗？", first.conversationId());
        // read with the previous question it would have been a deadline answer: it is the one it gets alone
        assertThat(next.kind()).isEqualTo(alone.kind()).isNotEqualTo("DEADLINE");
        assertThat(next.answer()).isEqualTo(alone.answer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"明天示范市的天气怎么样？", "护照过期了怎么换新的？", "推荐一家好吃的火锅店", "个人所得税专项附加扣除怎么填报？"})
    void should_decline_questions_outside_the_knowledge_base_and_point_to_next_steps(String question) {
        Answer answer = assistant.ask(question, null);
        assertThat(answer.refused()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.handOver()).isTrue();
        assertThat(answer.nextSteps()).anyMatch(s -> s.contains("12345")).anyMatch(s -> s.contains("申请表"))
                .anyMatch(s -> s.contains("网上咨询"));
    }

    @Test
    void should_decline_to_give_legal_advice() {
        Answer answer = assistant.ask("我要是起诉行政机关，能不能胜诉？", null);
        assertThat(answer.refused()).isTrue();
        assertThat(answer.answer()).contains("不能提供法律意见");
    }

    @Test
    void should_explain_how_to_apply_and_point_to_the_form() {
        Answer answer = assistant.ask("怎么申请政府信息公开？", null);
        assertThat(answer.refused()).isFalse();
        assertThat(answer.kind()).isEqualTo("HOW_TO_APPLY");
        assertThat(answer.answer()).contains("申请表");
        assertThat(answer.citations()).isNotEmpty();
    }

    @Test
    void should_look_up_progress_only_with_tracking_number_and_query_code() {
        progressCalls.clear();
        Answer withoutCode = assistant.ask("帮我查一下GK261103ABCDEFGH的进度", null);
        assertThat(withoutCode.kind()).isEqualTo("PROGRESS");
        assertThat(withoutCode.answer()).contains("查询码");
        assertThat(progressCalls).isEmpty();
        Answer wrong = assistant.ask("GK261103ABCDEFGH 查询码 ZZZZ9999 办到哪了", null);
        assertThat(wrong.refused()).isTrue();
        assertThat(wrong.answer()).contains("申请编号或查询码不正确");
        Answer right = assistant.ask("GK261103ABCDEFGH 查询码 abcd2345 办到哪了", null);
        assertThat(right.answer()).contains("正在办理中");
        assertThat(progressCalls).containsExactly("GK261103ABCDEFGH/ZZZZ9999", "GK261103ABCDEFGH/ABCD2345");
    }

    @Test
    void should_put_together_a_tracking_number_and_query_code_given_in_two_turns() {
        progressCalls.clear();
        Answer number = assistant.ask("我的申请编号是GK261103ABCDEFGH", null);
        Answer code = assistant.ask("查询码是abcd2345", number.conversationId());
        Answer codeFirst = assistant.ask("查询码ABCD2345", null);
        Answer numberNext = assistant.ask("GK261103ABCDEFGH", codeFirst.conversationId());

        assertThat(number.answer()).contains("查询码");
        assertThat(code.answer()).contains("正在办理中");
        assertThat(codeFirst.kind()).isEqualTo("PROGRESS");
        assertThat(codeFirst.answer()).contains("申请编号");
        assertThat(numberNext.answer()).contains("正在办理中");
        assertThat(progressCalls).containsExactly("GK261103ABCDEFGH/ABCD2345", "GK261103ABCDEFGH/ABCD2345");
    }

    @ParameterizedTest
    @CsvSource({
            "我昨天提交的, 2026-11-30",
            "今天递交的申请, 2026-12-01",
            "前天寄出的, 2026-11-29",
            "三天前提交, 2026-11-28",
            "10天前提交, 2026-11-21",
            "上周五提交的, 2026-11-27",
            "上星期日交的, 2026-11-29",
            "这周一提交的, 2026-11-30",
            "上个月3号提交的, 2026-11-03",
            "11月3日提交的, 2026-11-03",
            "12月5日提交的, 2025-12-05",
            "国庆节前一天提交的, 2026-09-30",
            "国庆后一天递交的, 2026-10-02",
            "元旦当天寄出的, 2026-01-01",
            "元旦前一天提交的, 2025-12-31",
            "五一前一天交的, 2026-04-30",
            "春节前一天提交的, 2026-02-16",
            "大年初一那天寄出的, 2026-02-17",
            "中秋节后一天递交的, 2026-09-26",
            "端午当天提交, 2026-06-19",
            "重阳节前一天交的, 2026-10-17",
            "正月初八提交的, 2026-02-24",
            "农历八月十六寄出的, 2026-09-26",
            "腊月二十八寄的, 2026-02-15",
            "冬月初三递交的, 2025-12-22",
    })
    void should_read_the_day_a_question_names_from_today(String question, String day) {
        // today is Tuesday 2026-12-01
        assertThat(Intents.date(question, java.time.LocalDate.of(2026, 12, 1))).contains(java.time.LocalDate.parse(day));
    }

    @Test
    void should_read_the_eve_of_new_year_as_the_last_one_not_after_today() {
        assertThat(Intents.date("元旦前一天提交的", java.time.LocalDate.of(2026, 12, 31))).contains(java.time.LocalDate.of(2026, 12, 31));
        assertThat(Intents.date("元旦前一天提交的", java.time.LocalDate.of(2026, 12, 30))).contains(java.time.LocalDate.of(2025, 12, 31));
        // 春节 2026 is 02-17: asked on 02-16, 春节后一天 is that of 2025 (01-30)
        assertThat(Intents.date("春节后一天提交的", java.time.LocalDate.of(2026, 2, 16))).contains(java.time.LocalDate.of(2025, 1, 30));
        assertThat(Intents.date("春节后一天提交的", java.time.LocalDate.of(2026, 2, 18))).contains(java.time.LocalDate.of(2026, 2, 18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"这周五提交", "今天几号", "昨天是星期几", "国庆节前提交的", "国庆节前一天是星期几", "腊月二十八是几号",
            "十月十五提交的"})
    void should_read_no_day_of_receipt_where_none_is_named(String question) {
        // a day still to come, or a day that is not when an application was sent
        assertThat(Intents.date(question, java.time.LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void should_open_the_full_text_of_a_cited_article() {
        Answer answer = assistant.ask("行政机关收到申请后多少个工作日内答复？", null);
        CitedText text = assistant.cited(answer.citations().getFirst().id()).orElseThrow();
        assertThat(text.citation().article()).isEqualTo("第十三条");
        assertThat(text.text()).startsWith("第十三条").contains("延长的期限最长不得超过20个工作日");
        assertThat(text.headings()).contains("第二章 依申请公开");
        assertThat(assistant.cited("nothing#第一条")).isEmpty();
    }

    @Test
    void should_mask_personal_data() {
        assertThat(PersonalDataMask.mask("我是张三，身份证11010519491231002X，电话13812345678，邮箱zhang@example.cn"))
                .doesNotContain("11010519491231002X").doesNotContain("13812345678").doesNotContain("zhang@")
                .contains("110*************2X").contains("138****5678");
    }
}
