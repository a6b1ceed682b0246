package cn.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCommandTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private InputStream originalIn;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        originalIn = System.in;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setIn(originalIn);
    }

    private int run(String... args) {
        return new CommandLine(new DeadlineCommand()).execute(args);
    }

    private List<JsonNode> lines() throws Exception {
        return stdout.toString(StandardCharsets.UTF_8).lines()
                .map(line -> {
                    try {
                        return DeadlineCommand.JSON.readTree(line);
                    } catch (Exception e) {
                        throw new IllegalStateException(line, e);
                    }
                }).toList();
    }

    @Test
    void printsTheDeadlinesOfOneReceiptWithTheirExplanation() throws Exception {
        assertThat(run("--received", "2022-09-30")).isZero();

        JsonNode result = DeadlineCommand.JSON.readTree(stdout.toString(StandardCharsets.UTF_8));
        assertThat(result.path("received").asText()).isEqualTo("2022-09-30");
        assertThat(result.path("clarificationNoticeDue").asText()).isEqualTo("2022-10-14");
        assertThat(result.path("replyDue").asText()).isEqualTo("2022-11-02");
        assertThat(result.path("extendedReplyDue").asText()).isEqualTo("2022-11-30");
        assertThat(result.path("provisional").asBoolean()).isFalse();
        assertThat(result.path("explanation").path("reply").path("makeUpWorkdaysCounted")).hasSize(2);
        assertThat(result.path("explanation").path("reply").path("text").asText()).contains("2022-11-02");
    }

    @Test
    void batchAnswersEveryLineInOrderAndReportsBadLinesInPlace() throws Exception {
        System.setIn(new ByteArrayInputStream("""
                {"received":"2024-02-09"}
                {"received":"2024-02-30"}
                not json
                {"received":"2026-12-15","channel":"ONLINE"}
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(run("--batch")).as("bad lines make the exit status non-zero").isEqualTo(1);

        List<JsonNode> out = lines();
        assertThat(out).hasSize(4);
        assertThat(out.get(0).path("replyDue").asText()).isEqualTo("2024-03-14");
        assertThat(out.get(1).path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(out.get(1).path("line").asInt()).isEqualTo(2);
        assertThat(out.get(2).path("error").path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(out.get(3).path("channel").asText()).isEqualTo("ONLINE");
        assertThat(out.get(3).path("provisional").asBoolean()).isTrue();
    }

    @Test
    void withoutADateItExplainsWhatItNeeds() {
        assertThat(run()).isEqualTo(2);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
