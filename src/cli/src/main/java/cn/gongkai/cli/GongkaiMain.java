package cn.gongkai.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

/**
 * Decides before Quarkus starts whether this run needs the database and the HTTP port:
 * only {@code serve} does, every other command starts without them.
 */
@QuarkusMain
public class GongkaiMain implements QuarkusApplication {

    public static void main(String... args) {
        // An embedded database stops with the JVM: zonky registers its own shutdown hook.
        LocalRun.forArguments(args, System.getenv()).applyToSystemProperties();
        Quarkus.run(GongkaiMain.class, args);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(GongkaiCommand.class, new CdiCommandFactory()).execute(args);
    }
}
