package cn.gongkai.reminders;

import cn.gongkai.domain.clock.DeadlineKind;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Open applications' deadlines: the reply, the applicant's supplement and fee dates, consultations, and the
 * supplement notice while the office may still ask for one (the hypothetical extended reply is left out).
 */
@ApplicationScoped
public class ApplicationDeadlineSource implements DeadlineSource {
    private static final String DUE = """
            select d.applicationId, a.agencyId, d.kind, d.dueOn from ApplicationDeadlineEntity d, ApplicationEntity a
            where a.id = d.applicationId and d.state = 'RUNNING' and d.dueOn <= ?1
              and a.stage not in ('REPLIED', 'WITHDRAWN', 'ABANDONED')
              and d.kind <> 'EXTENDED_REPLY' and (d.kind <> 'SUPPLEMENT_NOTICE' or a.stage = 'RECEIVED')""";

    @Override
    @Transactional
    public List<DueDeadline> dueBy(LocalDate asOf, LocalDate horizon) {
        return Panache.getEntityManager().createQuery(DUE, Object[].class).setParameter(1, horizon).getResultList()
                .stream().map(row -> {
                    DeadlineKind kind = DeadlineKind.valueOf((String) row[2]);
                    return new DueDeadline((String) row[0], "申请" + row[0], (String) row[1], kind.name(),
                            kind.displayName(), kind.basis(), (LocalDate) row[3]);
                }).toList();
    }
}
