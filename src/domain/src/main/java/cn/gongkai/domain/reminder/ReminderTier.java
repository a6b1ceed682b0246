package cn.gongkai.domain.reminder;

/**
 * One step of the warnings before a deadline: {@code n} working days before it, on the day, or overdue (which
 * escalates to the head of the office). Its {@link #code()} is part of a reminder's stable identity.
 */
public record ReminderTier(Kind kind, int workingDaysBefore) {

    public enum Kind {
        BEFORE("即将到期"),
        DUE_TODAY("今日到期"),
        OVERDUE("已逾期");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public static ReminderTier before(int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a warning comes at least one working day before: " + workingDays);
        }
        return new ReminderTier(Kind.BEFORE, workingDays);
    }

    public static ReminderTier dueToday() {
        return new ReminderTier(Kind.DUE_TODAY, 0);
    }

    public static ReminderTier overdue() {
        return new ReminderTier(Kind.OVERDUE, 0);
    }

    public String code() {
        return kind == Kind.BEFORE ? "BEFORE_" + workingDaysBefore : kind.name();
    }

    /** Overdue deadlines go to the office head as well as the clerks. */
    public boolean escalates() {
        return kind == Kind.OVERDUE;
    }
}
