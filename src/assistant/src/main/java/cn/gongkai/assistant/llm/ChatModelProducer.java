package cn.gongkai.assistant.llm;

import cn.gongkai.assistant.AssistantConfig;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The chat model, chosen by configuration at run time ({@code gongkai.assistant.llm}): any OpenAI-compatible
 * endpoint (OpenAI, DeepSeek, Qwen/DashScope compatible mode) or Ollama, which serves the same API under /v1.
 * Built through the extension's OpenAI builder (Quarkus' HTTP client underneath). Only made when first used, so a
 * run without a model never needs an endpoint.
 */
@ApplicationScoped
public class ChatModelProducer {
    static final String OLLAMA_DEFAULT = "http://localhost:11434/v1";

    @Inject
    AssistantConfig config;

    @Produces
    @ApplicationScoped
    ChatModel chatModel() {
        String llm = config.llm().strip().toLowerCase(Locale.ROOT);
        AssistantConfig.Llm model = config.model();
        String baseUrl = model.baseUrl().orElse(llm.equals("ollama") ? OLLAMA_DEFAULT : null);
        if (baseUrl == null) {
            throw new IllegalStateException("gongkai.assistant.model.base-url is required for gongkai.assistant.llm=" + llm);
        }
        return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(model.apiKey().orElse("none"))
                .modelName(model.name()).timeout(model.timeout()).temperature(model.temperature()).build();
    }
}
