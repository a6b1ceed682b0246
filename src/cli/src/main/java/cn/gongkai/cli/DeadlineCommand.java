package cn.gongkai.cli;

import cn.gongkai.cli.deadline.DeadlineView;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.DeadlineExplainer;
import cn.gongkai.domain.clock.StatutoryClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"计算依申请公开的法定期限（补正告知、答复、延长答复），并说明计算依据。",
                "Computes the statutory deadlines of an application received on a date, as JSON."})
public class DeadlineCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Option(names = "--received", paramLabel = "YYYY-MM-DD", description = "收到申请之日 (date of receipt, Art. 31)")
    LocalDate received;

    @Option(names = "--channel", defaultValue = "IN_PERSON",
            description = "申请渠道: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Channel channel;

    @Option(names = "--batch", description = "读取标准输入的JSON行 {\"received\":\"YYYY-MM-DD\"}，每行输出一个结果 (JSON lines in, JSON lines out)")
    boolean batch;

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
    private final DeadlineExplainer explainer = new DeadlineExplainer(clock.calendar());

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        try {
            if (batch) {
                return batch(out);
            }
            if (received == null) {
                System.err.println("请用 --received YYYY-MM-DD 给出收到申请之日，或用 --batch 从标准输入读取。");
                return 2;
            }
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(view(received, channel)));
            return 0;
        } catch (DomainException e) {
            System.err.println(e.code() + ": " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    private int batch(PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        int lineNo = 0;
        int failures = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Object result;
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode channelNode = node.path("channel");
                result = view(LocalDate.parse(node.path("received").asText()),
                        channelNode.isMissingNode() ? channel : Channel.valueOf(channelNode.asText()));
            } catch (DomainException e) {
                failures++;
                result = error(lineNo, e.code().name(), e.getMessage());
            } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
                failures++;
                result = error(lineNo, "INVALID_INPUT", "第" + lineNo + "行应为 {\"received\":\"YYYY-MM-DD\"}");
            }
            out.println(JSON.writeValueAsString(result));
        }
        return failures == 0 ? 0 : 1;
    }

    private DeadlineView view(LocalDate date, Channel how) {
        ClockFacts facts = ClockFacts.receivedOn(date, how);
        return DeadlineView.of(facts, clock.deadlines(facts), explainer);
    }

    private static Map<String, Object> error(int line, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", line);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", code);
        detail.put("message", message);
        error.put("error", detail);
        return error;
    }
}
