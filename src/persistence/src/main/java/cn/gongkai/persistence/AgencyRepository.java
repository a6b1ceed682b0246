package cn.gongkai.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<AgencyEntity, String> {

    public List<AgencyEntity> listByName() {
        return list("order by name");
    }
}
