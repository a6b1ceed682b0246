package cn.gongkai.cli;

import cn.gongkai.knowledge.IngestProgress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A long ingestion's progress as lines on the error stream (so the report on standard output stays clean): a line
 * when a stage starts, at most one a second while it goes on, and one when it ends.
 */
final class ProgressLines implements IngestProgress {
    private final PrintStream err;
    private final LongSupplier nanos;
    private Stage stage;
    private long lastLine;

    ProgressLines(PrintStream err) {
        this(err, System::nanoTime);
    }

    ProgressLines(PrintStream err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
    }

    @Override
    public void advanced(Stage stage, int done, int total) {
        long now = nanos.getAsLong();
        boolean started = stage != this.stage;
        boolean ended = done == total;
        if (total == 0 || !started && !ended && now - lastLine < 1_000_000_000L) {
            return;
        }
        this.stage = stage;
        lastLine = now;
        err.println(String.format(Locale.ROOT, "%s %d/%d (%d%%)", stage.label(), done, total, done * 100L / total));
    }
}
