package cn.gongkai.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One evaluation question: {@code {"question": "...", "gold": [{"document": "...", "article": "第二十条",
 * "source": "path/in/folder.md"}]}}; the STARD layout ({@code law}, {@code article}, {@code corpus_file}) is read
 * as the same.
 */
public record EvalQuestion(int line, String question, List<Gold> gold) {

    public record Gold(String document, String article, Optional<String> source) {
        @Override
        public String toString() {
            return source.orElse(document) + " " + article;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a JSON-lines file; blank lines and lines starting with # are skipped; a bad line is an error naming it. */
    public static List<EvalQuestion> read(Path file) throws IOException {
        List<EvalQuestion> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw bad(file, i, "不是JSON（not JSON: " + e.getMessage().lines().findFirst().orElse("") + "）");
            }
            String question = node.path("question").asText("");
            if (question.isBlank()) {
                throw bad(file, i, "缺少问题（no \"question\"）");
            }
            List<Gold> gold = new ArrayList<>();
            for (JsonNode g : node.path("gold")) {
                String document = text(g, "document").or(() -> text(g, "law")).orElse("");
                String article = text(g, "article").orElse("");
                Optional<String> source = text(g, "source").or(() -> text(g, "corpus_file"));
                if (article.isEmpty() || document.isEmpty() && source.isEmpty()) {
                    throw bad(file, i, "的标准答案要写明条文和文件（a gold entry needs \"article\" and \"document\" or \"source\"）");
                }
                gold.add(new Gold(document, article, source));
            }
            if (gold.isEmpty()) {
                throw bad(file, i, "没有标准答案条文（no \"gold\" articles）");
            }
            out.add(new EvalQuestion(i + 1, question, gold));
        }
        return out;
    }

    /** The error for line {@code index} (0-based) of the file, named as 第N行. */
    private static IOException bad(Path file, int index, String what) {
        return new IOException(file + " 第" + (index + 1) + "行" + what);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().strip());
    }
}
