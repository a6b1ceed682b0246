package cn.gongkai.assistant;

import cn.gongkai.knowledge.Hit;

import java.util.ArrayList;
import java.util.List;

/** The offline answer composer: the answer's words, built from retrieved texts and computed facts only. */
final class Composer {
    static final String HOTLINE = "拨打12345政务服务便民热线咨询";
    static final String FORM = "如需获取政府信息，可在线填写政府信息公开申请表（本页“申请公开”），或到受理窗口当面提交";
    static final String CONSULT = "把问题转为网上咨询，由工作人员答复（一般问题5个工作日内，简单问题1个工作日内），凭查询码查看答复";

    enum Why { NOT_FOUND, ADVICE }

    private final AssistantSettings settings;

    Composer(AssistantSettings settings) {
        this.settings = settings;
    }

    List<String> nextSteps() {
        List<String> steps = new ArrayList<>();
        steps.add(settings.officePhone() == null || settings.officePhone().isBlank()
                ? "致电本机关政府信息公开工作机构（电话见本机关政府信息公开指南）"
                : "致电本机关政府信息公开工作机构：" + settings.officePhone());
        steps.add(FORM);
        steps.add(HOTLINE);
        steps.add(CONSULT);
        return steps;
    }

    Answer decline(Why why) {
        String lead = why == Why.ADVICE
                ? "这个问题需要结合具体情况作出判断，我只能介绍已公开的政策文件的规定，不能提供法律意见。"
                : "抱歉，在已公开的政策文件中没有找到能回答这个问题的内容，为免误导，我不作推测。";
        return new Answer(lead + "您可以：\n" + numbered(nextSteps()), true, List.of(), "DECLINED", nextSteps(), true, null);
    }

    Answer articleNotFound(String article) {
        String lead = "已公开的政策文件中没有找到您所问的" + article + "的内容（本机关收录的文件未必包括每一条，条文解读只概括部分条文），"
                + "为免误导，不以其他条文代替。您可以查阅该文件的正式文本，或者：\n";
        return new Answer(lead + numbered(nextSteps()), true, List.of(), "DECLINED", nextSteps(), true, null);
    }

    private static final String CAN_DO = "我可以解答政府信息公开方面的问题，并给出所依据的文件和条文，例如：怎样申请、多久答复、"
            + "要不要交费、对答复不满意怎么办。查询办理进度请提供申请编号和查询码。请直接输入您的问题。";

    Answer greeting() {
        return new Answer("您好！" + CAN_DO, false, List.of(), "GREETING", List.of(), false, null);
    }

    /** 你是谁, 你是机器人吗: what answers, and that it is not a member of staff. */
    Answer introduction() {
        return new Answer("我是本机关的政务公开智能问答助手：回答由程序依据已公开的政策文件自动给出，不是工作人员的答复。" + CAN_DO
                + "需要工作人员答复的，可以把问题转为网上咨询。", false, List.of(), "GREETING", List.of(), false, null);
    }

    Answer welcome() {
        return new Answer("不客气。如还有问题，可以继续问我。", false, List.of(), "GREETING", List.of(), false, null);
    }

    Answer faq(Hit faq, List<Hit> referenced) {
        List<Citation> citations = new ArrayList<>();
        citations.add(Citation.of(faq));
        referenced.forEach(h -> citations.add(Citation.of(h)));
        String text = "常见问题“" + faq.label() + "”的答复：\n" + FaqQuestions.shown(faq.text());
        return new Answer(text, false, citations, "FAQ", List.of(), false, null);
    }

    Answer articles(List<Hit> hits) {
        StringBuilder out = new StringBuilder();
        out.append(hits.size() == 1 ? "根据" + hits.getFirst().citation() + "的规定：\n"
                : "与您的问题最相关的规定如下：\n");
        for (Hit hit : hits) {
            if (hits.size() > 1) {
                out.append("\n").append(hit.citation()).append("：\n");
            }
            if (!hit.validity().current()) {
                out.append("（注意：该文件").append(hit.validity().label()).append("，以下为其原有规定，不是现行规定。）\n");
            }
            out.append(quote(hit)).append('\n');
        }
        out.append("\n以上为文件原文，具体适用请以有关机关的答复为准。");
        return new Answer(out.toString().strip(), false, hits.stream().map(Citation::of).toList(), "ARTICLES",
                List.of(), false, null);
    }

    Answer deadline(DeadlineFacts facts, List<Hit> hits) {
        StringBuilder out = new StringBuilder(facts.text());
        if (!hits.isEmpty()) {
            out.append("\n\n依据：").append(hits.getFirst().citation()).append("：\n").append(quote(hits.getFirst()));
        }
        return new Answer(out.toString(), false, hits.stream().map(Citation::of).toList(), "DEADLINE", List.of(), false, null);
    }

    Answer howToApply(List<Hit> hits) {
        StringBuilder out = new StringBuilder();
        if (!hits.isEmpty()) {
            out.append("根据").append(hits.getFirst().citation()).append("：\n").append(quote(hits.getFirst())).append("\n\n");
        }
        out.append("办理方式：").append(FORM).append("。提交后会得到申请编号和查询码，可随时查询办理进度。");
        List<String> steps = List.of(FORM, HOTLINE);
        return new Answer(out.toString(), false, hits.stream().limit(1).map(Citation::of).toList(), "HOW_TO_APPLY",
                steps, false, null);
    }

    Answer wayToInformation(List<Hit> guide) {
        StringBuilder out = new StringBuilder("您要的信息，可以先在本机关门户网站的政府信息公开专栏查找；尚未主动公开的，可以申请公开，")
                .append("申请时写明信息的名称、文号或者其他便于查找的特征。");
        for (Hit hit : guide) {
            out.append("\n\n").append(hit.citation()).append("：\n").append(quote(hit));
        }
        out.append("\n\n办理方式：").append(FORM).append("。提交后会得到申请编号和查询码，可随时查询办理进度。");
        return new Answer(out.toString(), false, guide.stream().map(Citation::of).toList(), "HOW_TO_APPLY",
                List.of(FORM, HOTLINE), false, null);
    }

    Answer askForTracking() {
        return new Answer("查询办理进度，请告诉我提交申请时得到的申请编号（GK开头）和8位查询码（例如：GK260101XXXXXXXX 查询码XXXXXXXX），"
                + "或在本页“查询进度与补正”中输入。没有查询码的，可致电本机关政府信息公开工作机构查询。", false, List.of(), "PROGRESS",
                List.of(), false, null);
    }

    Answer mistypedTracking(String number) {
        return new Answer("“" + number + "”不像一个申请编号：申请编号是GK加6位数字和8位字母或数字，其中没有数字0、1和字母I、L、O，"
                + "请对照回执核对后再告诉我，并附上8位查询码。", false, List.of(), "PROGRESS", List.of(), false, null);
    }

    Answer askForQueryCode(String trackingNumber) {
        return new Answer("查询申请" + trackingNumber + "的办理进度，还需要提交申请时得到的8位查询码，请一并告诉我（例如：" + trackingNumber
                + " 查询码XXXXXXXX）。", false, List.of(), "PROGRESS", List.of(), false, null);
    }

    Answer progress(String description) {
        return new Answer(description, false, List.of(), "PROGRESS", List.of(), false, null);
    }

    Answer progressRefused(String message) {
        return new Answer(message + "。请核对申请编号和查询码；如仍有疑问，可致电本机关政府信息公开工作机构。", true, List.of(),
                "PROGRESS", nextSteps().subList(0, 1), false, null);
    }

    /** The article as written, its parts joined; very long texts end with an ellipsis (the whole text opens by id). */
    static String quote(Hit hit) {
        String text = hit.text().strip();
        return text.length() > 600 ? text.substring(0, 600) + "……（全文见引用）" : text;
    }

    private static String numbered(List<String> steps) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append(i < steps.size() - 1 ? "；\n" : "。");
        }
        return out.toString();
    }
}
