package cn.gongkai.assistant;

import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.domain.clock.StatutoryPeriods;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The reply dates of an application received on a day, computed on the statutory clock, in words. */
record DeadlineFacts(LocalDate received, Optional<Channel> channel, LocalDate replyDue, LocalDate extendedDue,
                     LocalDate supplementNoticeDue, boolean provisional, boolean extensionAsked) {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    static DeadlineFacts compute(StatutoryClock clock, LocalDate received, Optional<Channel> channel, boolean extension) {
        Deadlines d = clock.deadlines(ClockFacts.receivedOn(received, channel.orElse(Channel.IN_PERSON)));
        return new DeadlineFacts(received, channel, d.reply().due(), d.extendedReply().due(), d.supplementNotice().due(),
                d.provisional(), extension);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("按收到申请之日为").append(DAY.format(received)).append("计算（收到之日不计入，自次日起算，节假日不计）：");
        if (channel.isPresent() && (channel.get().needsConfirmation() || channel.get() == Channel.REGISTERED_POST)) {
            // the day named is the day it was sent; the law counts from the day the office confirmed or signed for it
            out.append("通过").append(channel.get().displayName()).append("提交的申请，以").append(channel.get().receiptRule())
                    .append("为收到申请之日，如").append(channel.get().needsConfirmation() ? "确认晚于提交日" : "签收晚于寄出之日")
                    .append("，各期限相应顺延；");
        }
        String reply = "答复期限为" + StatutoryPeriods.REPLY + "个工作日，最晚应于" + DAY.format(replyDue) + "答复";
        String extended = "需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长不超过"
                + StatutoryPeriods.MAX_EXTENSION + "个工作日，即最晚" + DAY.format(extendedDue);
        if (extensionAsked) {
            out.append(extended).append("（未延期时").append(reply.replace("答复期限为", "为")).append("）。");
        } else {
            out.append(reply).append("；").append(extended).append("。");
        }
        out.append("申请内容不明确的，应在").append(StatutoryPeriods.SUPPLEMENT_NOTICE).append("个工作日内（")
                .append(DAY.format(supplementNoticeDue)).append("前）一次性告知补正，补正后的申请自收到之日重新起算。");
        if (provisional) {
            out.append("所涉年份的节假日安排尚未公布，以上日期为暂定，公布后可能调整。");
        }
        return out.toString();
    }
}
