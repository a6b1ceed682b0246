package cn.gongkai.cli.deadline;

import cn.gongkai.domain.calendar.Day;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadline;
import cn.gongkai.domain.clock.DeadlineExplainer;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.Explanation;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a receipt's deadlines, with the explanation of each. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineView(
        LocalDate received,
        String channel,
        LocalDate clarificationNoticeDue,
        LocalDate replyDue,
        LocalDate extendedReplyDue,
        boolean provisional,
        String calendarVersion,
        Map<String, ExplanationView> explanation) {

    public static DeadlineView of(ClockFacts facts, Deadlines deadlines, DeadlineExplainer explainer) {
        Map<String, ExplanationView> explained = new LinkedHashMap<>();
        explained.put("clarificationNotice", ExplanationView.of(explainer.explain(facts, deadlines.supplementNotice())));
        explained.put("reply", ExplanationView.of(explainer.explain(facts, deadlines.reply())));
        explained.put("extendedReply", ExplanationView.of(explainer.explain(facts, deadlines.extendedReply())));
        return new DeadlineView(facts.received(), facts.channel().name(), due(deadlines.supplementNotice()),
                due(deadlines.reply()), due(deadlines.extendedReply()), deadlines.provisional(),
                deadlines.calendarVersion(), explained);
    }

    private static LocalDate due(Deadline deadline) {
        return deadline == null ? null : deadline.due();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExplanationView(
            String basis,
            LocalDate countedFrom,
            String countedFromReason,
            int workingDays,
            int extensionDays,
            int weekendDaysSkipped,
            List<DayView> holidaysSkipped,
            List<DayView> makeUpWorkdaysCounted,
            List<Integer> uncertainYears,
            String text) {

        static ExplanationView of(Explanation e) {
            return new ExplanationView(e.basis(), e.countedFrom(), e.countedFromReason(), e.workingDays(),
                    e.extensionDays(), e.weekendDaysSkipped(), DayView.all(e.holidaysSkipped()),
                    DayView.all(e.makeUpWorkdaysCounted()), e.uncertainYears(), e.text());
        }
    }

    public record DayView(LocalDate date, String name) {
        static List<DayView> all(List<Day> days) {
            return days.stream().map(d -> new DayView(d.date(), d.name())).toList();
        }
    }
}
