package cn.gongkai.assistant;

import cn.gongkai.applications.ApplicationDesk;
import cn.gongkai.applications.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;

/** Progress from the application desk: with the right tracking number and query code only (the desk throttles). */
@ApplicationScoped
public class DeskProgressLookup implements ProgressLookup {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    ApplicationDesk desk;

    @Override
    public String describe(String trackingNumber, String queryCode) {
        Views.ProgressView view = desk.progress(trackingNumber, queryCode, "assistant:" + trackingNumber);
        StringBuilder out = new StringBuilder("申请").append(view.trackingNumber()).append("（").append(view.applicant())
                .append("）于").append(DAY.format(view.receivedOn())).append("收到，目前处于“").append(view.stageName()).append("”阶段");
        if (view.outcomeName() != null) {
            out.append("，答复结果：").append(view.outcomeName());
        }
        out.append("。");
        for (Views.DeadlineView d : view.deadlines()) {
            if (d.due() != null && "RUNNING".equals(d.state())) {
                out.append(d.name()).append("：").append(DAY.format(d.due())).append("（").append(d.basis()).append("）。");
            }
        }
        return out.toString();
    }
}
