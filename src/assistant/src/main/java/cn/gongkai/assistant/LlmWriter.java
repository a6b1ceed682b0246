package cn.gongkai.assistant;

/** A language model that writes the answer from the numbered articles it is given (and nothing else). */
public interface LlmWriter {
    /**
     * @param conversationId the conversation, for the model's memory of earlier turns
     * @param question       the citizen's question, personal data masked
     * @param context        the retrieved articles, numbered [1], [2] …, and computed facts
     */
    String write(String conversationId, String question, String context);
}
