package cn.gongkai.domain.application;

import java.util.Objects;

/** The person (or the system) behind a step of the audit trail (Art. 45). */
public record Actor(String id, Role role) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system() {
        return new Actor("system", Role.SYSTEM);
    }
}
