package cn.gongkai.reminders;

import java.time.LocalDate;

/** What a reminder says, the same for every channel; {@code reminderId} lets a receiver drop a rare duplicate. */
public record ReminderMessage(String reminderId, String agencyId, String subject, String deadline,
                              String deadlineName, LocalDate due, String tier, String tierName, boolean escalate,
                              String text) {
}
