package cn.gongkai.reminders;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import java.net.URI;
import java.util.Arrays;

/**
 * E-mail over SMTP (the server is the platform's: {@code quarkus.mailer.*}); the channel's address is a
 * {@code mailto:} URI with one or more recipients. The reminder id is in the subject and in a header.
 */
public final class EmailChannel implements ReminderChannel {
    private final Mailer mailer;
    private final String[] recipients;

    public EmailChannel(Mailer mailer, URI mailto) {
        if (!"mailto".equals(mailto.getScheme())) {
            throw new IllegalArgumentException("an e-mail channel needs a mailto: address, not " + mailto);
        }
        this.mailer = mailer;
        this.recipients = Arrays.stream(mailto.getSchemeSpecificPart().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    @Override
    public void send(ReminderMessage message) {
        String subject = (message.escalate() ? "【逾期督办】" : "【期限提醒】") + message.deadlineName() + " " + message.due()
                + "（" + message.tierName() + "）[" + message.reminderId() + "]";
        Mail mail = Mail.withText(recipients[0], subject, ChatRobots.text(message))
                .addHeader("X-Gongkai-Reminder-Id", message.reminderId());
        for (int i = 1; i < recipients.length; i++) {
            mail.addTo(recipients[i]);
        }
        mailer.send(mail);
    }
}
