package cn.gongkai.knowledge;

import java.util.List;

/**
 * One retrievable piece of a document: an article (or one part of a long article, split at 款 boundaries),
 * a preamble, or a section of a document without articles.
 *
 * @param label      the article label (第二十条, 第二十条之一), 序言 for a preamble, or the section's heading
 * @param article    the article number, 0 when the chunk is not an article
 * @param subArticle the 之N number, 0 for none
 * @param part       1-based part of a split article (1 of 1 when whole)
 * @param headings   the 编/章/节 (or other) headings above the chunk, outermost first
 * @param text       the chunk's own text; an article's starts with its label
 */
public record Chunk(Kind kind, String label, int article, int subArticle, int part, int parts,
                    List<String> headings, String text) {

    public enum Kind { ARTICLE, PREAMBLE, SECTION }

    public Chunk {
        headings = List.copyOf(headings);
    }
}
