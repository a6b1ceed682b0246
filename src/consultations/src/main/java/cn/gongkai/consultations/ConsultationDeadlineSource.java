package cn.gongkai.consultations;

import cn.gongkai.reminders.DeadlineSource;
import cn.gongkai.reminders.DueDeadline;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Open online consultations join the reminder scan: the reply is due 5 working days after asking, 1 if simple. */
@ApplicationScoped
public class ConsultationDeadlineSource implements DeadlineSource {
    public static final String KIND = "CONSULTATION_REPLY";
    static final String BASIS = "政务公开工作要点：网上咨询5个工作日内答复，简单问题1个工作日内";

    @Override
    @Transactional
    public List<DueDeadline> dueBy(LocalDate asOf, LocalDate horizon) {
        return Panache.getEntityManager().createQuery(
                        "select id, agencyId, dueOn, simple from ConsultationEntity where reply is null and dueOn <= ?1",
                        Object[].class)
                .setParameter(1, horizon).getResultList().stream()
                .map(r -> new DueDeadline("consultation:" + r[0], "网上咨询" + r[0], (String) r[1], KIND,
                        Boolean.TRUE.equals(r[3]) ? "简单咨询答复期限" : "网上咨询答复期限", BASIS, (LocalDate) r[2]))
                .toList();
    }
}
