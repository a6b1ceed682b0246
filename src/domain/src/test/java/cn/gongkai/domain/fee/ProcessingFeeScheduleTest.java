package cn.gongkai.domain.fee;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingFeeScheduleTest {

    @ParameterizedTest(name = "item {0} costs {1} yuan")
    @CsvSource({"1,0", "10,0", "11,100", "30,100", "31,200", "40,200", "41,300", "50,300", "51,400", "61,500"})
    void theFeeRisesByBandsOverTheMonthsApplications(int n, long yuan) {
        assertThat(ProcessingFeeSchedule.feeForNth(n)).isEqualTo(yuan);
    }

    @Test
    void aMonthOfFortyApplicationsCostsTwentyTimesOneHundredPlusTenTimesTwoHundred() {
        assertThat(ProcessingFeeSchedule.feeForItems(1, 40)).isEqualTo(20 * 100 + 10 * 200);
    }

    @Test
    void thereIsNoZerothApplication() {
        assertThatThrownBy(() -> ProcessingFeeSchedule.feeForNth(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
