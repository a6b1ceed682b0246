package cn.gongkai.functions.applications;

import cn.gongkai.functions.common.security.Staff;
import cn.gongkai.functions.common.security.StaffPrincipal;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/** Lets a staff console check its token: who the function takes the caller for. */
public class StaffIdentityFunction {
    @Inject
    Staff staff;

    @Funq("staff-whoami")
    public StaffPrincipal whoami() {
        return staff.principal();
    }
}
