package cn.gongkai.functions.applications;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadline;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.StatutoryClock;
import io.quarkus.funqy.Funq;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The statutory deadlines of a receipt on the national calendar: public, no database, no token. */
public class DeadlineFunction {
    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());

    public record Question(String received, String channel) {
    }

    public record Answer(LocalDate received, String channel, LocalDate clarificationNoticeDue, LocalDate replyDue,
                         LocalDate extendedReplyDue, boolean provisional, String calendarVersion) {
    }

    @Funq("deadline")
    public Answer deadline(Question question) {
        if (question == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        ClockFacts facts = ClockFacts.receivedOn(date(question.received()), channelOrInPerson(question.channel()));
        Deadlines deadlines = clock.deadlines(facts);
        return new Answer(facts.received(), facts.channel().name(), due(deadlines.supplementNotice()),
                due(deadlines.reply()), due(deadlines.extendedReply()), deadlines.provisional(),
                deadlines.calendarVersion());
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException("received", ErrorCode.FIELD_REQUIRED, "收到申请日期");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("received", ErrorCode.FIELD_NOT_ALLOWED, "收到申请日期（YYYY-MM-DD）", value);
        }
    }

    private static Channel channelOrInPerson(String value) {
        return value == null || value.isBlank() ? Channel.IN_PERSON : ApplicationFunctions.channel(value);
    }

    private static LocalDate due(Deadline deadline) {
        return deadline == null ? null : deadline.due();
    }
}
