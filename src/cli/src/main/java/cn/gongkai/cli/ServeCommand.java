package cn.gongkai.cli;

import cn.gongkai.persistence.calendar.DeadlineMaintenance;
import cn.gongkai.functions.common.security.DevTokens;
import cn.gongkai.functions.common.security.Staff;
import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

@Dependent
@Command(name = LocalRun.SERVE,
        description = "Runs everything locally on one HTTP port, with an embedded PostgreSQL unless DB_URL is set.")
public class ServeCommand implements Runnable {

    private final GongkaiConfig config;
    private final String host;
    private final int port;
    private final Optional<String> jdbcUrl;
    private final DeadlineMaintenance deadlines;
    private final Optional<String> signingKey;
    private final LocalReminderSchedule reminderSchedule;

    public ServeCommand(GongkaiConfig config, DeadlineMaintenance deadlines, LocalReminderSchedule reminderSchedule,
                        @ConfigProperty(name = "quarkus.http.host") String host,
                        @ConfigProperty(name = "quarkus.http.port") int port,
                        @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl,
                        @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKey) {
        this.config = config;
        this.host = host;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
        this.deadlines = deadlines;
        this.signingKey = signingKey;
        this.reminderSchedule = reminderSchedule;
    }

    /** With the development key pair (no GONGKAI_JWT_PUBLIC_KEY), a ready staff token for the demo agency. */
    private String devToken(String base) {
        if (signingKey.isEmpty()) {
            return "";
        }
        String token = DevTokens.issue("dev-head", LocalSeed.DEMO_AGENCY, Set.of(Staff.CLERK, Staff.OFFICE_HEAD),
                Duration.ofHours(12));
        return "  console    " + base + "/console/#token=" + token + "\n"
                + "  token      development staff token (user dev-head, agency demo, roles clerk + office-head, 12 h):\n"
                + "             export TOKEN=" + token + "\n"
                + "             curl -s -X POST " + base + "/staff-queue -H \"Authorization: Bearer $TOKEN\"\n";
    }

    @Override
    public void run() {
        String base = "http://" + ("0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host) + ":" + port;
        // A release may bring new holiday data: open deadlines computed on the old calendar move now.
        int moved = deadlines.recompute().size();
        String firstReminders = reminderSchedule.start().toLocalDateTime().toString().replace('T', ' ');
        String knowledge = LocalKnowledge.ensureSample(KbCommand.indexDir(null, System.getenv()));
        Duration startup = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.printf("""
                Gongkai is running (started in %.1f s).
                  status     %s/api/status
                  health     %s/q/health
                  database   %s PostgreSQL at %s
                %s  calendar   %s (%d open deadlines moved on start)
                  citizens   %s/  (page)   POST /submit  /progress  /supplement   (JSON; see README)
                  staff      POST %s/staff-queue  /staff-case  /staff-act  /staff-register ...
                  reminders  daily at 08:30 Beijing time, next %s (./gongkai remind runs them now)
                  knowledge  %s (./gongkai kb search "问题")
                %s  stop       Ctrl-C
                """,
                startup.toMillis() / 1000.0, base, base,
                config.mode(), jdbcUrl.orElse("(none)"),
                config.dataDir().map(dir -> "  data       " + dir + "\n").orElse(""),
                deadlines.calendarVersion(), moved, base, base, firstReminders, knowledge, devToken(base));
        System.out.flush();
        Quarkus.waitForExit();
    }
}
