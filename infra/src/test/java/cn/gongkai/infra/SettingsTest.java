package cn.gongkai.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where packages come from and how context reshapes the functions (no synth: plain context reading). */
class SettingsTest {
    @TempDir
    Path root;

    private Settings settings(Map<String, Object> context) {
        Map<String, Object> all = new java.util.HashMap<>(context);
        all.put("gongkai:root", root.toString());
        return new Settings(new App(AppProps.builder().context(all).build()).getNode());
    }

    private FunctionSpec spec(Settings settings, String name) {
        return settings.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_built_module_is_packaged_from_its_target_function_zip() throws IOException {
        Path module = Files.createDirectories(root.resolve("functions/reminders/target"));
        Files.writeString(root.resolve("functions/reminders/pom.xml"), "<project/>");
        Path zip = Packages.zip(module, "reminders");
        Files.move(zip, module.resolve("function.zip"));
        Settings settings = settings(Map.of());
        assertThat(settings.asset(spec(settings, "reminders"))).contains(module.resolve("function.zip"));
    }

    @Test
    void a_module_not_in_the_checkout_is_left_out_but_an_unbuilt_one_fails_the_synth() throws IOException {
        Settings settings = settings(Map.of());
        assertThat(settings.asset(spec(settings, "assistant"))).isEmpty();
        Files.createDirectories(root.resolve("functions/reports"));
        Files.writeString(root.resolve("functions/reports/pom.xml"), "<project/>");
        assertThatThrownBy(() -> settings.asset(spec(settings, "reports")))
                .hasMessageContaining("no Lambda package for reports").hasMessageContaining("./mvnw package");
    }

    @Test
    void a_package_given_in_context_wins_and_must_exist() {
        Path zip = Packages.zip(root, "assistant");
        Settings given = settings(Map.of("gongkai:assistant:asset", zip.toString()));
        assertThat(given.asset(spec(given, "assistant"))).contains(zip);
        Settings wrong = settings(Map.of("gongkai:assistant:asset", "nowhere.zip"));
        assertThatThrownBy(() -> wrong.asset(spec(wrong, "assistant"))).hasMessageContaining("does not exist");
    }

    @Test
    void sizes_routes_and_the_choice_of_functions_come_from_context() {
        Settings settings = settings(Map.of(
                "gongkai:functions", "applications,reports",
                "gongkai:reports:memory", "3008",
                "gongkai:reports:timeoutSeconds", 25,
                "gongkai:reports:staffPaths", "staff-report-generate, staff-report-check",
                "gongkai:applications:arm64", "false",
                "gongkai:db:maxCapacity", "16"));
        assertThat(settings.functions()).extracting(FunctionSpec::name).containsExactly("applications", "reports");
        FunctionSpec reports = spec(settings, "reports");
        assertThat(reports.memoryMb()).isEqualTo(3008);
        assertThat(reports.timeoutSeconds()).isEqualTo(25);
        assertThat(reports.staffPaths()).containsExactly("staff-report-generate", "staff-report-check");
        assertThat(spec(settings, "applications").arm64()).isFalse();
        assertThat(settings.databaseMaxCapacity()).isEqualTo(16.0);
        assertThat(settings.reminderCron()).isEqualTo("cron(30 8 * * ? *)");
        assertThat(settings.reminderTimeZone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void a_staff_path_cannot_be_made_public_nor_a_public_one_staff() {
        Settings publicStaff = settings(Map.of("gongkai:applications:citizenPaths", "submit,staff-act"));
        assertThatThrownBy(publicStaff::functions).hasMessageContaining("must not be public: staff-act");
        Settings misnamed = settings(Map.of("gongkai:reports:staffPaths", "report"));
        assertThatThrownBy(misnamed::functions).hasMessageContaining("staff paths are named staff-...: report");
        Settings badNumber = settings(Map.of("gongkai:reports:memory", "lots"));
        assertThatThrownBy(badNumber::functions).hasMessageContaining("gongkai:reports:memory must be a number");
    }

    @Test
    void the_catalogue_names_the_four_modules_and_the_applications_funqy_names() {
        assertThat(FunctionSpec.catalogue()).extracting(FunctionSpec::module).containsExactly(
                "functions/applications", "functions/reminders", "functions/reports", "functions/assistant");
        assertThat(List.copyOf(FunctionSpec.catalogue().get(0).staffPaths())).allMatch(p -> p.startsWith("staff-"));
    }

    @Test
    void the_pages_come_from_src_web_or_the_folder_given_and_a_given_folder_must_hold_an_index_page() throws IOException {
        assertThat(settings(Map.of()).site()).as("no src/web in this checkout: nothing to deploy").isEmpty();
        Path web = Files.createDirectories(root.resolve(Settings.SITE_FOLDER));
        Files.writeString(web.resolve("index.html"), "<!doctype html>");
        assertThat(settings(Map.of()).site()).contains(web);
        Path other = Files.createDirectories(root.resolve("elsewhere"));
        assertThatThrownBy(() -> settings(Map.of("gongkai:site", "elsewhere")).site())
                .hasMessageContaining("no index.html");
        Files.writeString(other.resolve("index.html"), "<!doctype html>");
        assertThat(settings(Map.of("gongkai:site", "elsewhere")).site()).contains(other);
    }
}
