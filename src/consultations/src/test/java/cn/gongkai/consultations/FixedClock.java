package cn.gongkai.consultations;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Tests ask on Wednesday 30 September 2026, the day before the National Day holiday. */
public class FixedClock {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(TODAY.atTime(9, 0).atZone(BEIJING).toInstant(), BEIJING);
    }
}
