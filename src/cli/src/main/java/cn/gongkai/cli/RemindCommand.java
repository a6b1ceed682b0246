package cn.gongkai.cli;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.reminders.ReminderRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Dependent
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"扫描即将到期、今日到期和已逾期的法定期限，发送提醒（每个期限每档只发一次）。",
                "Runs the deadline reminders now, as the daily schedule does, and prints the run's summary as JSON."})
public class RemindCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "run as if on this day (default: today, Beijing time)")
    LocalDate asOf;

    @Option(names = "--dry-run", description = "find and report, record and send nothing")
    boolean dryRun;

    @Option(names = "--dead-letters", description = "list the reminders that could not be delivered after every try")
    boolean deadLetters;

    private final ReminderRun reminders;
    private final ObjectMapper json;
    private final Clock clock;

    public RemindCommand(ReminderRun reminders, ObjectMapper json, Clock clock) {
        this.reminders = reminders;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        Object result = deadLetters ? reminders.deadLetters(null)
                : reminders.run(asOf != null ? asOf : ChinaTime.today(clock), dryRun);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        return 0;
    }
}
