package cn.gongkai.knowledge;

/** Which retrieval ranks the chunks: BM25 (words), dense vectors (meaning), or both fused. */
public enum SearchMode {
    BM25, DENSE, HYBRID
}
