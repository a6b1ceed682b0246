package cn.gongkai.functions.applications;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.reminder.ReminderPolicy;
import cn.gongkai.functions.common.security.Staff;
import cn.gongkai.reminders.ReminderRun;
import cn.gongkai.reminders.ReminderSettings;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** The staff's view of their agency's reminders: tiers and channels (the office head sets them) and dead letters. */
public class ReminderSettingsFunctions {
    @Inject
    ReminderSettings settings;
    @Inject
    ReminderRun reminders;
    @Inject
    Staff staff;

    public record Settings(ReminderPolicy policy, List<ReminderSettings.ChannelSetting> channels) {
    }

    public record Change(ReminderPolicy policy, List<ReminderSettings.Channel> channels) {
    }

    @Funq("staff-reminder-settings")
    public Settings current() {
        String agency = staff.requireAgency();
        return new Settings(settings.policy(agency), settings.channels(agency));
    }

    @Funq("staff-reminder-settings-update")
    public Settings update(Change change) {
        if (staff.actor().role() != Role.OFFICE_HEAD) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        String agency = staff.agency();
        if (change == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        if (change.policy() != null) {
            settings.setPolicy(agency, change.policy());
        }
        if (change.channels() != null) {
            settings.setChannels(agency, change.channels());
        }
        return current();
    }

    /** A test message through every channel of the agency, each channel's result answered. */
    @Funq("staff-reminder-test")
    public List<ReminderRun.TestDelivery> test() {
        String agency = staff.requireAgency();
        return reminders.testSend(agency, staff.actor().id());
    }

    @Funq("staff-reminder-dead-letters")
    public List<Map<String, Object>> deadLetters() {
        return reminders.deadLetters(staff.requireAgency());
    }
}
