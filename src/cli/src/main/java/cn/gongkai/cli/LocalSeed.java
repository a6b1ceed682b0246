package cn.gongkai.cli;

import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.AgencyRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/** The embedded local run starts with one sample agency, so that everything can be tried at once. */
@ApplicationScoped
public class LocalSeed {
    public static final String DEMO_AGENCY = "demo";

    @Transactional
    void onStart(@Observes StartupEvent start, GongkaiConfig config, AgencyRepository agencies) {
        if ("embedded".equals(config.mode()) && agencies.findById(DEMO_AGENCY) == null) {
            agencies.persist(AgencyEntity.of(DEMO_AGENCY, "示例区人民政府办公室"));
        }
    }
}
