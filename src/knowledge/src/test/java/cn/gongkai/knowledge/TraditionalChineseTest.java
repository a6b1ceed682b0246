package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraditionalChineseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            申請要收費嗎                     | 申请要收费吗
            他們最晚多久要答覆我？           | 他们最晚多久要答复我？
            政府資訊公開條例第三十三條       | 政府信息公开条例第三十三条
            可以用電郵寄申請書嗎             | 可以用电子邮件寄申请书吗
            要帶身分證影本嗎                 | 要带身份证复印件吗
            幾個工作天內回覆                 | 几个工作日内回复
            對答覆不服可以提起訴願嗎         | 对答复不服可以提起行政复议吗
            """)
    void a_question_in_traditional_characters_comes_out_in_simplified_ones(String traditional, String simplified) {
        assertThat(TraditionalChinese.toSimplified(traditional)).isEqualTo(simplified);
    }

    @ParameterizedTest
    @ValueSource(strings = {"著作权法第十条", "他们最晚多久要答复我？", "这家资讯公司的网路", "20260301-ABCD 工作天", ""})
    void a_question_in_simplified_characters_is_left_as_it_is(String simplified) {
        // 著 is in simplified texts as well; the words of Taiwan usage are read only in a traditional question
        assertThat(TraditionalChinese.toSimplified(simplified)).isSameAs(simplified);
    }

    @Test
    void characters_outside_the_basic_plane_and_the_table_pass_through() {
        String text = "𠀀申請𠀁";
        assertThat(TraditionalChinese.toSimplified(text)).isEqualTo("𠀀申请𠀁");
    }

    @Test
    void a_table_maps_characters_then_words_and_names_a_line_it_cannot_read() {
        assertThatThrownBy(() -> TraditionalChinese.parse("发 發髮\n发发 發\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("发发 發");
        TraditionalChinese table = TraditionalChinese.parse("# comment\n发 發髮\n头 頭\n头发 => 毛发\n");
        assertThat(table.simplify("頭髮")).isEqualTo("毛发");
        assertThat(table.simplify("發")).isEqualTo("发");
        assertThat(table.simplify("头发")).isEqualTo("头发");
    }
}
