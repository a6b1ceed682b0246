package cn.gongkai.assistant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaqQuestionsTest {
    private static final String ANSWER = """
            相似问题：局长的家庭住址能公开吗？；能查到工作人员的收入吗？ ;
            不予公开（条例第十五条）。
            相似问法: 领导的身份证号能给我吗？
            本人同意的除外。""";

    @Test
    void should_list_the_heading_and_every_other_phrasing() {
        assertThat(FaqQuestions.of("可以申请公开工作人员的个人信息吗？", ANSWER)).containsExactly(
                "可以申请公开工作人员的个人信息吗？", "局长的家庭住址能公开吗？", "能查到工作人员的收入吗？", "领导的身份证号能给我吗？");
    }

    @Test
    void should_list_each_question_of_a_heading_asking_two() {
        assertThat(FaqQuestions.of("能不能只公开一部分？为什么只公开了一部分？", "可以（条例第三十七条）。")).containsExactly(
                "能不能只公开一部分？为什么只公开了一部分？", "能不能只公开一部分？", "为什么只公开了一部分？");
    }

    @Test
    void should_show_the_answer_without_the_phrasings() {
        assertThat(FaqQuestions.shown(ANSWER)).isEqualTo("不予公开（条例第十五条）。\n本人同意的除外。");
    }

    @Test
    void should_take_a_line_that_only_mentions_similar_questions_as_answer() {
        String answer = "有相似问题：的，合并答复。";
        assertThat(FaqQuestions.of("问？", answer)).containsExactly("问？");
        assertThat(FaqQuestions.shown(answer)).isEqualTo(answer);
    }
}
