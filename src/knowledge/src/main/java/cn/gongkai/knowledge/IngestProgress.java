package cn.gongkai.knowledge;

/**
 * How far an ingestion has come, told as it goes: each file read and chunked ({@link Stage#READ}, of the source's
 * files), each batch of passages through the embedding model ({@link Stage#EMBED}, of the passages it has to read,
 * where most of a large ingestion's time goes), each document written to the index ({@link Stage#WRITE}).
 */
@FunctionalInterface
public interface IngestProgress {

    enum Stage {
        READ("读取文件"), EMBED("计算向量"), WRITE("写入索引");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** The stage in the staff's words. */
        public String label() {
            return label;
        }
    }

    IngestProgress NONE = (stage, done, total) -> {
    };

    /** {@code done} of {@code total} in {@code stage}; called with {@code done == total} once a stage ends. */
    void advanced(Stage stage, int done, int total);
}
