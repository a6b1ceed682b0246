package cn.gongkai.knowledge.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The question file: our layout and STARD's, comments and blank lines skipped, a bad line named by its number. */
class EvalQuestionTest {
    @TempDir
    Path temp;

    @Test
    void readsBothLayoutsAndSkipsCommentsAndBlankLines() throws IOException {
        Path file = temp.resolve("q.jsonl");
        Files.writeString(file, """
                # our layout
                {"question": "多久答复", "gold": [{"document": "示范规定", "article": "第五条", "source": "a/示范规定.md"}]}

                {"question": "要收费吗", "gold": [{"law": "示范规定", "article": "第九条", "corpus_file": "a/示范规定.md"}, {"document": "示范办法", "article": "第二条"}]}
                """);
        List<EvalQuestion> questions = EvalQuestion.read(file);
        assertThat(questions).extracting(EvalQuestion::line).containsExactly(2, 4);
        assertThat(questions.get(1).gold()).containsExactly(
                new EvalQuestion.Gold("示范规定", "第九条", Optional.of("a/示范规定.md")),
                new EvalQuestion.Gold("示范办法", "第二条", Optional.empty()));
    }

    @Test
    void aBadLineIsNamedByItsNumberInChinese() throws IOException {
        String good = "{\"question\": \"多久答复\", \"gold\": [{\"document\": \"示范规定\", \"article\": \"第五条\"}]}\n";
        String[][] cases = {
                {"not json", "第2行不是JSON"},
                {"{\"gold\": []}", "第2行缺少问题"},
                {"{\"question\": \"问\", \"gold\": []}", "第2行没有标准答案条文"},
                {"{\"question\": \"问\", \"gold\": [{\"document\": \"示范规定\"}]}", "第2行的标准答案要写明条文和文件"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(temp.resolve("bad.jsonl"), good + c[0] + "\n");
            assertThatThrownBy(() -> EvalQuestion.read(file)).as(c[0]).isInstanceOf(IOException.class).hasMessageContaining(c[1]);
        }
    }
}
