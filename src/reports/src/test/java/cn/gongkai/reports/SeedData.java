package cn.gongkai.reports;

import cn.gongkai.domain.ChinaTime;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Application;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.application.Step;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.persistence.AgencyEntity;
import cn.gongkai.persistence.application.ApplicationStore;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Recorded data matching a real district office's 2020 report (2019 format): 3 applications from natural persons
 * (1 disclosed, 2 not held), 11 licensing items set up and 11 decisions, 9 procurement projects totalling
 * 2,232,951 元, one reconsideration upheld, documents 27 / 3 / 2 (and 18 / 2 / 2 in 2019).
 */
final class SeedData {
    static final String AGENCY_NAME = "上海市普陀区金融服务办公室";
    static final Actor CLERK = new Actor("clerk-zhao", Role.CLERK);
    static final long[] PROCUREMENT = {300_000, 250_000, 200_000, 400_000, 182_951, 300_000, 200_000, 200_000, 200_000};

    private SeedData() {
    }

    static String agency(String name) {
        String id = "agency-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(AgencyEntity.of(id, name)));
        return id;
    }

    static Step step(String date, String note) {
        LocalDate on = LocalDate.parse(date);
        return new Step(on, on.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant(), CLERK, note);
    }

    static Application received(ApplicationStore store, String agency, ApplicantKind kind, String on) {
        Application a = Application.register(UUID.randomUUID().toString(), agency, kind, Channel.IN_PERSON, step(on, "窗口登记"));
        store.save(a);
        return a;
    }

    static void replied(ApplicationStore store, Application a, String on, Outcome outcome) {
        a.reply(step(on, "答复"), outcome);
        store.save(a);
    }

    static String record(ApplicationStore store, Registers registers) {
        String agency = agency(AGENCY_NAME);
        replied(store, received(store, agency, ApplicantKind.NATURAL_PERSON, "2020-03-02"), "2020-03-20", Outcome.DISCLOSED);
        replied(store, received(store, agency, ApplicantKind.NATURAL_PERSON, "2020-06-08"), "2020-06-22", Outcome.UNAVAILABLE_NOT_HELD);
        replied(store, received(store, agency, ApplicantKind.NATURAL_PERSON, "2020-11-09"), "2020-11-27", Outcome.UNAVAILABLE_NOT_HELD);
        // not in 2020: received and closed in 2019, received in 2021
        replied(store, received(store, agency, ApplicantKind.COMMERCIAL_ENTERPRISE, "2019-09-02"), "2019-09-10", Outcome.DISCLOSED);
        received(store, agency, ApplicantKind.NATURAL_PERSON, "2021-02-01");

        List<Registers.DisclosureInput> entries = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            entries.add(new Registers.DisclosureInput("LICENSING_ITEM", "金融机构设立初审事项" + (i + 1), null,
                    LocalDate.of(2020, 4, 1), null, null, null, null));
        }
        entries.add(new Registers.DisclosureInput("LICENSING_DECISIONS", "2020年行政许可决定", null,
                LocalDate.of(2020, 12, 31), null, null, 11L, null));
        for (int i = 0; i < PROCUREMENT.length; i++) {
            entries.add(new Registers.DisclosureInput("PROCUREMENT", "采购项目" + (i + 1), "PTCG2020-" + i,
                    LocalDate.of(2020, 5 + i % 6, 10), null, null, null, BigDecimal.valueOf(PROCUREMENT[i])));
        }
        registers.importDisclosures(agency, entries, CLERK.id());
        registers.recordCase(agency, new Registers.CaseInput("沪普府复字〔2020〕第12号", "RECONSIDERATION", null,
                LocalDate.of(2020, 7, 1), null, null), CLERK.id());
        registers.recordCase(agency, new Registers.CaseInput("沪普府复字〔2020〕第12号", "RECONSIDERATION", "UPHELD",
                LocalDate.of(2020, 7, 1), LocalDate.of(2020, 8, 28), "维持原答复"), CLERK.id());
        List<Registers.DocumentInput> documents = new ArrayList<>();
        addDocuments(documents, 2020, 27, 3, 2);
        addDocuments(documents, 2019, 18, 2, 2);
        registers.importDocuments(agency, documents, CLERK.id());
        return agency;
    }

    private static void addDocuments(List<Registers.DocumentInput> into, int year, int proactive, int onApplication, int withheld) {
        int n = 0;
        for (int i = 0; i < proactive + onApplication + withheld; i++) {
            String attribute = i < proactive ? "主动公开" : i < proactive + onApplication ? "ON_APPLICATION" : "不予公开";
            into.add(new Registers.DocumentInput("普金融办文件" + year + "-" + (++n), "普金融办〔" + year + "〕" + n + "号",
                    LocalDate.of(year, 1 + i % 12, 15), attribute));
        }
    }
}
