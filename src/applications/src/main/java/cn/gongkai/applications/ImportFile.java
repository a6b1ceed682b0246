package cn.gongkai.applications;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.submission.SubmissionForm;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an import file: JSON lines, one historical application per line. Each line holds the fields of the
 * submission form, {@code channel}, {@code receivedOn} (YYYY-MM-DD) and {@code steps}, the staff actions taken since
 * in the shape of {@link StaffCommand}. Blank lines and lines starting with {@code #} are skipped.
 */
public final class ImportFile {
    private ImportFile() {
    }

    public static List<ImportLine> parse(List<String> lines, ObjectMapper json) {
        ObjectMapper lenient = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<ImportLine> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            try {
                JsonNode node = lenient.readTree(line);
                if (!node.isObject()) {
                    throw new IllegalArgumentException("not an object");
                }
                SubmissionForm form = lenient.treeToValue(node, SubmissionForm.class);
                LocalDate receivedOn = node.hasNonNull("receivedOn") ? LocalDate.parse(node.get("receivedOn").asText()) : null;
                List<StaffCommand> steps = node.has("steps")
                        ? lenient.convertValue(node.get("steps"), new TypeReference<List<StaffCommand>>() { })
                        : List.of();
                parsed.add(new ImportLine(number, form, node.path("channel").asText(null), receivedOn, steps, null));
            } catch (Exception e) {
                parsed.add(ImportLine.unreadable(number, new DomainException(ErrorCode.IMPORT_LINE_UNREADABLE, number)));
            }
        }
        return parsed;
    }
}
