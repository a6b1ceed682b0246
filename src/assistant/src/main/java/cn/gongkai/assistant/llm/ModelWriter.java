package cn.gongkai.assistant.llm;

import cn.gongkai.assistant.LlmWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The configured model writes the answer through the AI service. */
@ApplicationScoped
public class ModelWriter implements LlmWriter {
    @Inject
    GroundedAnswers answers;

    @Override
    public String write(String conversationId, String question, String context) {
        return answers.answer(conversationId, question, context);
    }
}
