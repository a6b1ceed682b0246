package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseNumbersTest {

    @Test
    void parsesTheNumeralsLawsUse() {
        assertThat(ChineseNumbers.parse("一")).hasValue(1);
        assertThat(ChineseNumbers.parse("十")).hasValue(10);
        assertThat(ChineseNumbers.parse("十五")).hasValue(15);
        assertThat(ChineseNumbers.parse("二十")).hasValue(20);
        assertThat(ChineseNumbers.parse("九十九")).hasValue(99);
        assertThat(ChineseNumbers.parse("一百")).hasValue(100);
        assertThat(ChineseNumbers.parse("一百零五")).hasValue(105);
        assertThat(ChineseNumbers.parse("一百一十")).hasValue(110);
        assertThat(ChineseNumbers.parse("二百三十六")).hasValue(236);
        assertThat(ChineseNumbers.parse("一千零一")).hasValue(1001);
        assertThat(ChineseNumbers.parse("两百")).hasValue(200);
        assertThat(ChineseNumbers.parse("33")).hasValue(33);
    }

    @Test
    void refusesWhatIsNoNumeral() {
        assertThat(ChineseNumbers.parse("一二")).isEqualTo(OptionalInt.empty());
        assertThat(ChineseNumbers.parse("百")).isEmpty();
        assertThat(ChineseNumbers.parse("十百")).isEmpty();
        assertThat(ChineseNumbers.parse("条")).isEmpty();
        assertThat(ChineseNumbers.parse("")).isEmpty();
        assertThat(ChineseNumbers.parse("零")).isEmpty();
    }

    @Test
    void formatsAndRoundTripsEveryArticleNumber() {
        assertThat(ChineseNumbers.format(10)).isEqualTo("十");
        assertThat(ChineseNumbers.format(11)).isEqualTo("十一");
        assertThat(ChineseNumbers.format(20)).isEqualTo("二十");
        assertThat(ChineseNumbers.format(105)).isEqualTo("一百零五");
        assertThat(ChineseNumbers.format(110)).isEqualTo("一百一十");
        assertThat(ChineseNumbers.format(1010)).isEqualTo("一千零一十");
        for (int n = 1; n <= 1200; n++) {
            assertThat(ChineseNumbers.parse(ChineseNumbers.format(n))).hasValue(n);
        }
        assertThat(ChineseNumbers.articleLabel(20, 1)).isEqualTo("第二十条之一");
        assertThatThrownBy(() -> ChineseNumbers.format(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
