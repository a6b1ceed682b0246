package cn.gongkai.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One found article (or preamble, or section), ready to cite.
 *
 * @param documentId    the document's identity in the index (source id + path)
 * @param source        the document's path inside the folder it was ingested from
 * @param label         第二十条 (or 序言, or a section heading)
 * @param text          the article's whole text (all its parts when it was split)
 * @param validity      the document's validity; anything but CURRENT must be shown with {@link Validity#label()}
 * @param score         the fused score (higher is better); exact lookups score {@link Double#POSITIVE_INFINITY}
 * @param exact         whether the question named this document and article and the router returned it directly
 * @param linkedAs      for a hit brought by a link: how it relates to the hit it hangs under ("interprets", "interpreted by")
 * @param linked        the best chunks of the documents linked to this one
 */
public record Hit(String documentId, String documentTitle, Optional<String> documentNumber, DocumentKind kind,
                  String source, String label, int article, List<String> headings, String text, Validity validity,
                  double score, boolean exact, Optional<String> linkedAs, List<Hit> linked) {

    public Hit {
        headings = List.copyOf(headings);
        linked = List.copyOf(linked);
    }

    /** How to cite it: 《中华人民共和国政府信息公开条例》第三十三条, with the validity when not current. */
    public String citation() {
        String base = "《" + documentTitle.replace('《', '〈').replace('》', '〉') + "》" + (article > 0 ? label : "");
        return validity.current() ? base : base + "（" + validity.label() + "）";
    }

    Hit withLinked(List<Hit> value) {
        return new Hit(documentId, documentTitle, documentNumber, kind, source, label, article, headings, text,
                validity, score, exact, linkedAs, value);
    }

    Hit asLinked(String relation) {
        return new Hit(documentId, documentTitle, documentNumber, kind, source, label, article, headings, text,
                validity, score, exact, Optional.of(relation), List.of());
    }
}
