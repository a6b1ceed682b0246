package cn.gongkai.assistant;

import java.util.List;

/**
 * What the assistant says.
 *
 * @param answer         the text for the citizen
 * @param refused        true when it did not answer from the knowledge base (below the relevance threshold, or
 *                       outside it): the answer then says what to do next and {@code handOver} offers a consultation
 * @param citations      the articles the answer rests on, from retrieval
 * @param kind           how it was answered: FAQ, ARTICLES, DEADLINE, PROGRESS, HOW_TO_APPLY, LLM, DECLINED, GREETING
 *                       (a greeting or thanks, answered with what the assistant does)
 * @param nextSteps      where to turn (the office's phone, the application form, 12345)
 * @param handOver       whether the citizen may send this question to the office as an online consultation
 * @param conversationId the conversation this turn belongs to (follow-ups are read in its context)
 * @param answerId       this answer, for the citizen's feedback on it
 */
public record Answer(String answer, boolean refused, List<Citation> citations, String kind, List<String> nextSteps,
                     boolean handOver, String conversationId, String answerId) {

    public Answer {
        citations = List.copyOf(citations);
        nextSteps = List.copyOf(nextSteps);
    }

    Answer(String answer, boolean refused, List<Citation> citations, String kind, List<String> nextSteps,
           boolean handOver, String conversationId) {
        this(answer, refused, citations, kind, nextSteps, handOver, conversationId, null);
    }

    Answer inConversation(String id) {
        return new Answer(answer, refused, citations, kind, nextSteps, handOver, id, Conversations.newId());
    }
}
