package cn.gongkai.knowledge;

import java.util.List;

/**
 * A document as the index knows it.
 *
 * @param id          origin + "|" + source: unique in the index
 * @param origin      the id of the source it was ingested from (a folder, the class path)
 * @param source      the path inside that source
 * @param fingerprint SHA-256 of the file and its sidecar: unchanged files are not ingested again
 * @param repeals     texts its own articles repeal (…《X》同时废止), as "title|years" (years comma-separated, may be empty)
 */
public record IndexedDocument(String id, String origin, String source, String fingerprint, DocumentMetadata metadata,
                              List<String> repeals, int chunks) {

    public IndexedDocument {
        repeals = List.copyOf(repeals);
    }

    public static String idOf(String origin, String source) {
        return origin + "|" + source;
    }
}
