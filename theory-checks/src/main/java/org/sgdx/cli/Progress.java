package org.sgdx.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, shown only when the process is attached to a terminal (DESIGN.md). */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long total) {
        if (System.console() == null || total <= 0) {
            return new Progress(null);
        }
        PrintStream err = System.err;
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(250).build();
        return new Progress(bar);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Sets the progress to {@code done} of {@code total} (the total may only be known once the work has started). */
    synchronized void stepTo(long done, long total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
