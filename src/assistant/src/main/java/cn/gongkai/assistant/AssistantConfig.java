package cn.gongkai.assistant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code gongkai.assistant.*}: where the knowledge base is, and which language model (none by default). */
@ConfigMapping(prefix = "gongkai.assistant")
public interface AssistantConfig {

    /** The knowledge base's index folder (GONGKAI_KB_DIR). */
    Path index();

    /**
     * Where documents uploaded in the console are kept (with their metadata) and indexed from: a folder (by default
     * {@code documents} beside the index) or {@code s3://bucket/prefix} (deployed: {@code documents/} of the
     * knowledge-base bucket).
     */
    Optional<String> documents();

    /**
     * {@code s3://bucket/prefix} where index snapshots are shared between the instances (deployed: {@code index/} of
     * the knowledge-base bucket). Set, the index folder is the shipped, read-only one: each instance works on its
     * copy in {@link #workDir()}. Unset (the local run), the index folder is used and changed in place.
     */
    Optional<String> snapshots();

    /** Where an instance keeps its copy of the index when snapshots are shared: by default {@code <tmpdir>/gongkai-knowledge}. */
    Optional<Path> workDir();

    /** How often at most an instance looks whether another one published a newer snapshot. */
    @WithDefault("30s")
    Duration refresh();

    /** An S3-compatible server (path-style addressing) instead of AWS's S3, e.g. http://127.0.0.1:9000. */
    Optional<URI> s3Endpoint();

    /** Folders or {@code s3://bucket/prefix} locations ingested into the index at start (unchanged files are skipped). */
    Optional<List<String>> sources();

    /** Use the in-process embedding model for hybrid retrieval (needs an index ingested with it). */
    @WithDefault("false")
    boolean embeddings();

    /** none (the offline composer), openai (any OpenAI-compatible endpoint: OpenAI, DeepSeek, Qwen), or ollama. */
    @WithDefault("none")
    String llm();

    Llm model();

    /** The relevance threshold (0..1) below which the assistant declines. */
    @WithDefault("0.5")
    double threshold();

    /** The agency whose office answers online consultations handed over by the assistant. */
    @WithDefault("demo")
    String agency();

    /** The office's phone, given in the next steps when the assistant declines. */
    Optional<String> officePhone();

    interface Llm {
        /** The endpoint: e.g. https://api.deepseek.com/v1; for ollama, http://localhost:11434/v1 by default. */
        Optional<String> baseUrl();

        Optional<String> apiKey();

        /** The model's name at the endpoint: deepseek-chat, qwen-plus, qwen2.5:7b ... */
        @WithDefault("deepseek-chat")
        String name();

        @WithDefault("60s")
        Duration timeout();

        @WithDefault("0.2")
        double temperature();
    }
}
