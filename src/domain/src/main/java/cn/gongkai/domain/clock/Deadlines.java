package cn.gongkai.domain.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** All the time limits of one application, computed on one calendar version. */
public record Deadlines(
        Deadline supplementNotice,
        Deadline supplementReply,
        Deadline reply,
        Deadline extendedReply,
        Deadline consultation,
        String calendarVersion) {

    public List<Deadline> all() {
        List<Deadline> all = new ArrayList<>(5);
        for (Deadline d : new Deadline[]{supplementNotice, supplementReply, reply, extendedReply, consultation}) {
            if (d != null) {
                all.add(d);
            }
        }
        return all;
    }

    public Optional<Deadline> get(DeadlineKind kind) {
        return all().stream().filter(d -> d.kind() == kind).findFirst();
    }

    public boolean provisional() {
        return all().stream().anyMatch(Deadline::provisional);
    }
}
