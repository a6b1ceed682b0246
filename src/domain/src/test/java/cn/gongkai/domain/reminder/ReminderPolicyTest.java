package cn.gongkai.domain.reminder;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPolicyTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builtIn();

    private static String tier(ReminderPolicy policy, String due, String today) {
        return policy.tierFor(LocalDate.parse(due), LocalDate.parse(today), CALENDAR).map(ReminderTier::code).orElse("-");
    }

    @ParameterizedTest(name = "due {0}, run on {1}: {2}")
    @CsvSource({
            // Reply due Wednesday 2022-11-02 (received 2022-09-30)
            "2022-11-02, 2022-10-25, -",
            "2022-11-02, 2022-10-26, BEFORE_5",
            "2022-11-02, 2022-10-27, BEFORE_5",
            "2022-11-02, 2022-10-28, BEFORE_3",
            "2022-11-02, 2022-10-31, BEFORE_3",
            "2022-11-02, 2022-11-01, BEFORE_1",
            "2022-11-02, 2022-11-02, DUE_TODAY",
            "2022-11-02, 2022-11-03, OVERDUE",
            // Over 国庆 2022: due Tuesday 10-11; Saturday 10-08 is a make-up working day, so a run then warns.
            "2022-10-11, 2022-09-30, BEFORE_5",
            "2022-10-11, 2022-10-03, -",
            "2022-10-11, 2022-10-08, BEFORE_3",
            "2022-10-11, 2022-10-10, BEFORE_1",
            // Across New Year: due 2024-01-02, the run on Friday 2023-12-29 is one working day before.
            "2024-01-02, 2023-12-29, BEFORE_1",
            "2024-01-02, 2024-01-01, -",
            "2024-01-02, 2024-01-06, OVERDUE",
    })
    void warnsAtFiveThreeAndOneWorkingDaysOnTheDayAndWhenMissed(String due, String today, String expected) {
        assertThat(tier(ReminderPolicy.DEFAULT, due, today)).isEqualTo(expected);
    }

    @Test
    void anAgencyCanChooseItsOwnTiers() {
        ReminderPolicy policy = new ReminderPolicy(List.of(2, 10), false, false);

        assertThat(policy.horizon()).isEqualTo(10);
        assertThat(tier(policy, "2022-11-02", "2022-10-21")).isEqualTo("BEFORE_10");
        assertThat(tier(policy, "2022-11-02", "2022-10-31")).isEqualTo("BEFORE_2");
        assertThat(tier(policy, "2022-11-02", "2022-11-02")).isEqualTo("-");
        assertThat(tier(policy, "2022-11-02", "2022-11-03")).isEqualTo("-");
    }
}
