package cn.gongkai.reminders;

/** Where reminders are delivered (the port): a failed delivery throws, and the reminder is tried again later. */
public interface ReminderChannel {
    void send(ReminderMessage message) throws Exception;
}
