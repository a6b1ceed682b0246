package cn.gongkai.assistant;

import cn.gongkai.knowledge.Hit;

/**
 * One source an answer rests on, from retrieval (never from a model's text).
 *
 * @param id       opens the cited text ({@code cited} function): the document's id and the article's label
 * @param document the document's title
 * @param article  第X条, or the heading of a section (a FAQ entry, a guide's section); empty for a whole document
 * @param status   the document's validity in words (现行有效, 已修订, 已废止, 尚未施行)
 * @param current  whether the text is in force; a non-current text is only ever cited for a question about history
 * @param source   where the document came from (its path in the source it was ingested from)
 * @param number   the document's 文号, when it has one
 * @param kind     政策法规, 政策解读, 公开指南, 常见问题 ...
 */
public record Citation(String id, String document, String article, String status, boolean current, String source,
                       String number, String kind) {

    public static Citation of(Hit hit) {
        return new Citation(idOf(hit.documentId(), hit.label()), hit.documentTitle(), hit.label(),
                hit.validity().label(), hit.validity().current(), hit.source(), hit.documentNumber().orElse(null),
                hit.kind().label());
    }

    public static String idOf(String documentId, String label) {
        return documentId + "#" + label;
    }

    /** 《标题》第X条 (已废止) as a reader sees it. */
    public String display() {
        String base = "《" + document + "》" + (article == null || article.equals(document) ? "" : article);
        return current ? base : base + "（" + status + "）";
    }
}
