package cn.gongkai.assistant.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One answer of the assistant, as recorded for feedback and for the unanswered questions (see V40). */
@Entity
@Table(name = "assistant_answer")
public class AnswerEntity {
    @Id
    public String id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(name = "conversation_id", nullable = false)
    public String conversationId;
    @Column(name = "asked_at", nullable = false)
    public OffsetDateTime askedAt;
    @Column(nullable = false)
    public String question;
    @Column(name = "question_key", nullable = false)
    public String questionKey;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public boolean refused;
    public String answer;
    @Column(name = "answer_key", nullable = false)
    public String answerKey;
    @Column(nullable = false)
    public String citations;
    public Short vote;
    @Column(name = "voted_at")
    public OffsetDateTime votedAt;
}
