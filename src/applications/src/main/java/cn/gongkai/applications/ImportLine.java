package cn.gongkai.applications;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.submission.SubmissionForm;

import java.time.LocalDate;
import java.util.List;

/**
 * One historical application to import: the form, how and when it was received, and the steps taken since, in
 * order. A line that could not even be read carries its {@code failure} instead.
 */
public record ImportLine(int lineNumber, SubmissionForm form, String channel, LocalDate receivedOn,
                         List<StaffCommand> steps, DomainException failure) {

    public ImportLine {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static ImportLine unreadable(int lineNumber, DomainException failure) {
        return new ImportLine(lineNumber, null, null, null, List.of(), failure);
    }
}
