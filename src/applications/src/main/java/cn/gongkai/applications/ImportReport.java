package cn.gongkai.applications;

import java.util.List;

/** The result of an import: every rejected line with its reason, or the number written. */
public record ImportReport(int lines, int imported, List<Rejected> rejected) {

    public record Rejected(int line, String code, String field, String message) {
    }
}
