package cn.gongkai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

@Command(name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = GongkaiVersion.class,
        description = "政府信息公开: applications, deadlines, reminders and annual reports.",
        // a new command: a picocli @Command class in this package, listed here; @Dependent if it injects anything
        subcommands = {
                ServeCommand.class,
                DeadlineCommand.class,
                ImportCommand.class,
                RemindCommand.class,
                KbCommand.class,
                ReportCommand.class,
                AskCommand.class,
                AdminCommand.class,
                HelpCommand.class,
        })
public class GongkaiCommand {
}
