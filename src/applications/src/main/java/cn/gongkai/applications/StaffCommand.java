package cn.gongkai.applications;

import java.time.LocalDate;

/**
 * A staff action on one application, as sent by the console.
 *
 * @param action          one of {@link cn.gongkai.domain.application.Action}'s names
 * @param on              the date the step took effect; today when absent
 * @param expectedVersion the version the member of staff was looking at; a different stored version is a conflict
 */
public record StaffCommand(String action, LocalDate on, String note, LocalDate dueDate, Integer workingDays,
                           String consultationKind, String consulted, String outcome, Integer expectedVersion,
                           Long amountYuan) {

    public StaffCommand(String action, LocalDate on, String note, LocalDate dueDate, Integer workingDays,
                        String consultationKind, String consulted, String outcome, Integer expectedVersion) {
        this(action, on, note, dueDate, workingDays, consultationKind, consulted, outcome, expectedVersion, null);
    }
}
