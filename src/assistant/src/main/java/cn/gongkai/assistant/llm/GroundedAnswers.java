package cn.gongkai.assistant.llm;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The assistant as an AI service: the model answers from the retrieved articles given in the message, cites them
 * by number, and may call the tools (application progress, deadlines, how to apply). One memory per conversation.
 */
@RegisterAiService(tools = AssistantTools.class)
public interface GroundedAnswers {

    @SystemMessage("""
            你是政府信息公开工作机构的咨询助手，面向公众答复问题。规则：
            1. 只根据下面“检索到的条文”和“已计算的事实”作答，不得引用未提供的法律法规，不得编造条文、日期或数字。
            2. 每个结论后用方括号注明所依据条文的编号，如[1]、[2]。
            3. 条文不足以回答时，直接说明“现有公开文件中没有找到答案”，并建议致电政府信息公开工作机构、拨打12345或提交网上咨询。
            4. 不提供法律意见，不预测案件结果。
            5. 用简明的中文回答，不超过300字。
            查询申请进度、计算期限、说明如何申请时，可以调用提供的工具。""")
    @UserMessage("""
            问题：{question}

            检索到的条文：
            {context}""")
    String answer(@MemoryId String conversationId, @V("question") String question, @V("context") String context);
}
