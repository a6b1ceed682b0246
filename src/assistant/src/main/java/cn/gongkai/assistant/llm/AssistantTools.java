package cn.gongkai.assistant.llm;

import cn.gongkai.assistant.ProgressLookup;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.StatutoryClock;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the model may call: the same intents the offline composer covers by rules. */
@ApplicationScoped
public class AssistantTools {
    @Inject
    ProgressLookup progress;

    private final StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());

    @Tool("查询政府信息公开申请的办理进度，需要申请编号和查询码")
    public String applicationProgress(@P("申请编号，如GK261103ABCDEFGH") String trackingNumber, @P("8位查询码") String queryCode) {
        try {
            return progress.describe(trackingNumber, queryCode);
        } catch (DomainException e) {
            return e.getMessage();
        }
    }

    @Tool("按法定工作日计算收到申请之日起的答复期限、延长后的期限和补正告知期限")
    public String replyDeadline(@P("收到申请之日，YYYY-MM-DD") String receivedOn,
                                @P("提交方式：IN_PERSON, ONLINE, REGISTERED_POST, ORDINARY_LETTER, FAX") String channel) {
        try {
            Channel how = channel == null || channel.isBlank() ? Channel.IN_PERSON : Channel.valueOf(channel.strip().toUpperCase());
            Deadlines d = clock.deadlines(ClockFacts.receivedOn(LocalDate.parse(receivedOn.strip()), how));
            return "答复期限：" + d.reply().due() + "；延长后最晚：" + d.extendedReply().due() + "；补正告知期限："
                    + d.supplementNotice().due() + (d.provisional() ? "（节假日安排未公布，暂定）" : "");
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            return "日期应为YYYY-MM-DD，提交方式应为IN_PERSON、ONLINE、REGISTERED_POST、ORDINARY_LETTER或FAX";
        }
    }

    @Tool("说明如何提出政府信息公开申请")
    public String howToApply() {
        return "在本页“申请公开”在线填写申请表，或到受理窗口当面提交、邮寄或传真；申请应写明申请人姓名或名称、身份证明、联系方式，"
                + "所需政府信息的名称、文号或特征性描述，以及获取信息的方式。提交后凭申请编号和查询码查询进度。";
    }
}
