import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the character part of {@code traditional.txt}: each CJK character that ICU's Traditional-Simplified
 * transform changes into one other character, unless the character itself is found in the simplified texts given
 * (so 著 of 著作权 and 乾 of a name stay as they are). One line per simplified character: {@code 发 發髮}.
 *
 * <p>Run by {@code traditional-table.sh}; ICU is needed only here, not by the product.
 */
public class TraditionalTable {

    public static void main(String[] args) throws IOException {
        BitSet seen = new BitSet(0x110000);
        for (String folder : args) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(md|txt)$"))::iterator) {
                    Files.readString(file, StandardCharsets.UTF_8).codePoints().forEach(seen::set);
                }
            }
        }
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Map<String, StringBuilder> sources = new TreeMap<>();
        int kept = 0;
        int skipped = 0;
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            String traditional = Character.toString(c);
            String simplified = toSimplified.transliterate(traditional);
            if (simplified.equals(traditional) || simplified.codePointCount(0, simplified.length()) != 1) {
                continue;
            }
            if (seen.get(c)) {
                skipped++;
                continue;
            }
            sources.computeIfAbsent(simplified, k -> new StringBuilder()).append(traditional);
            kept++;
        }
        StringBuilder out = new StringBuilder();
        sources.forEach((simplified, traditional) -> out.append(simplified).append(' ').append(traditional).append('\n'));
        System.out.print(out);
        System.err.printf("%d traditional characters → %d simplified; %d left out as seen in simplified texts%n",
                kept, sources.size(), skipped);
    }
}
