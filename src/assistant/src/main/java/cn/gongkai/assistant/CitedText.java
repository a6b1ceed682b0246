package cn.gongkai.assistant;

import java.util.List;

/** The whole text of a cited article (or section), for the reader who opens a citation. */
public record CitedText(Citation citation, List<String> headings, String text) {
    public CitedText {
        headings = List.copyOf(headings);
    }
}
