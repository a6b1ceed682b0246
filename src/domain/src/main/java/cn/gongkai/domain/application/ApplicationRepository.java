package cn.gongkai.domain.application;

import java.util.List;
import java.util.Optional;

/** Where applications are kept. Saving appends the new steps, and fails if someone else saved first. */
public interface ApplicationRepository {
    Optional<Application> find(String id);

    /** @throws cn.gongkai.domain.DomainException with {@code CONCURRENT_UPDATE} when the stored version moved on */
    void save(Application application);

    List<String> openApplicationIds();
}
