package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            什么是行政处罚？                                   | 行政处罚
            什么叫政府信息                                     | 政府信息
            请问什么是“依申请公开”？                           | 依申请公开
            何为行政许可？                                     | 行政许可
            行政许可的定义是什么？                             | 行政许可
            经济补偿金是什么意思？                             | 经济补偿金
            政府信息指的是什么                                 | 政府信息
            所谓不可抗力是指什么？                             | 不可抗力
            什么是非法集资，如何认定非法集资？                 | 非法集资
            行政许可是什么？                                   | 行政许可
            """)
    void findsTheTermAQuestionAsksToHaveDefined(String question, String term) {
        assertThat(Definitions.askedTerms(question)).containsExactly(term);
    }

    @Test
    void findsEveryTermAQuestionAsksInTheOrderAsked() {
        assertThat(Definitions.askedTerms("什么是非法集资？什么是集资诈骗？")).containsExactly("非法集资", "集资诈骗");
    }

    @ParameterizedTest
    @ValueSource(strings = {"申请政府信息公开要收费吗", "行政处罚有哪些种类", "我能申请什么信息", "他们最晚多久要答复我？"})
    void aQuestionNotAskingForADefinitionAsksNone(String question) {
        assertThat(Definitions.askedTerms(question)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第二条 本法所称行政许可，是指行政机关根据公民的申请准予其从事特定活动的行为。",
            "本条例所称“行政许可”是指……", "第二条 行政许可是指行政机关准予其从事特定活动的行为。",
            "前款所称的行政许可，指行政机关……", "（一）本规定用语的含义。行政许可，是指……"})
    void recognisesALawsSetPhrasesOfDefinition(String text) {
        assertThat(Definitions.defines(text, "行政许可")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"设定行政许可，应当规定行政许可的实施机关、条件、程序、期限。",
            "第二条 公安行政许可是指公安机关准予其从事特定活动的行为。", "实施行政许可是指导性的工作。"})
    void doesNotTakeAMentionOrALongerTermForTheDefinition(String text) {
        assertThat(Definitions.defines(text, "行政许可")).isFalse();
    }

    @Test
    void theDefiningArticleComesFirstFromWithinTheWindowTheOthersKeepTheirOrder() {
        List<String> ranked = List.of("设定行政许可，应当规定期限。", "实施行政许可，应当公开。", "本法所称行政许可，是指准予从事特定活动的行为。",
                "行政处罚是指减损权益的行为。");
        Function<String, String> text = Function.identity();

        assertThat(Definitions.definingFirst("什么是行政许可？", ranked, 10, text))
                .containsExactly(ranked.get(2), ranked.get(0), ranked.get(1), ranked.get(3));
        // past the window: no change
        assertThat(Definitions.definingFirst("什么是行政许可？", ranked, 2, text)).isEqualTo(ranked);
        // not asking for a definition, or nothing defines the term: no change
        assertThat(Definitions.definingFirst("行政许可怎么申请", ranked, 10, text)).isEqualTo(ranked);
        assertThat(Definitions.definingFirst("什么是行政复议？", ranked, 10, text)).isEqualTo(ranked);
    }
}
