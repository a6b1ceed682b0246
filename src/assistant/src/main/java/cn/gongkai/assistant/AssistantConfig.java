package cn.gongkai.assistant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
     * Where documents uploaded in the console are kept (with their metadata) and indexed from: by default the
     * {@code documents} folder beside the index. Deployed, an S3-backed DocumentStore bean replaces the folder.
     */
    Optional<Path> documents();

    /** Folders ingested into the index when the assistant starts (unchanged files are skipped). */
    Optional<List<Path>> sources();

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
