package cn.gongkai.reminders;

import java.time.LocalDate;

/**
 * A deadline a reminder can be about, from any source: an application's reply, an agency's annual report, later an
 * online consultation. {@code subject} identifies what it is about (an application id, {@code annual-report:2026}).
 */
public record DueDeadline(String subject, String subjectTitle, String agencyId, String kind, String name, String basis,
                          LocalDate due) {
}
