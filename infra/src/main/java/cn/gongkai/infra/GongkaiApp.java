package cn.gongkai.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

import java.util.Map;

/**
 * The CDK app: {@code cdk deploy} (infra/cdk.json runs this) or, in the build, {@code mvn verify}, which synthesizes
 * it into infra/target/cdk.out and fails on any error.
 */
public final class GongkaiApp {
    private GongkaiApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app);
        app.synth();
    }

    /** The stack in an app of its own with the given context (tests, tools that want it without the CLI). */
    public static GongkaiStack stack(Map<String, Object> context, String outdir) {
        AppProps.Builder props = AppProps.builder().context(context);
        if (outdir != null) {
            props.outdir(outdir);
        }
        return build(new App(props.build()));
    }

    public static GongkaiStack build(App app) {
        Settings settings = new Settings(app.getNode());
        StackProps.Builder props = StackProps.builder()
                .description("Gongkai 政府信息公开: applications, reminders, reports, assistant");
        if (settings.account().isPresent() || settings.region().isPresent()) {
            props.env(Environment.builder().account(settings.account().orElse(null))
                    .region(settings.region().orElse(null)).build());
        }
        GongkaiStack stack = new GongkaiStack(app, settings.name(), props.build(), settings);
        Tags.of(stack).add("project", "gongkai");
        Tags.of(stack).add("deployment", settings.name());
        return stack;
    }
}
