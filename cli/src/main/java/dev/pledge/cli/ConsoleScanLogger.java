// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.scanner.ScanLogger;
import java.io.PrintWriter;

/**
 * The scanner's messages on standard error: errors and warnings always, timings with {@code PLEDGE_DEBUG=1}, and, when
 * a person is watching a terminal, one line of progress rewritten in place ({@code pledge: reading classes 45% (2,250
 * of 5,000)}) and cleared before anything else is printed. A pipe or a CI log gets no progress.
 */
final class ConsoleScanLogger implements ScanLogger {

    /** Moves to the start of the line and erases it (a carriage return, then ANSI "erase in line"). */
    static final String CLEAR = "\r\033[K";

    private final PrintWriter err;
    private final boolean debug;
    private final boolean progress;
    /** The progress line on the terminal now, or null. */
    private String shown;

    ConsoleScanLogger(PrintWriter err, boolean debug, boolean progress) {
        this.err = err;
        this.debug = debug;
        this.progress = progress;
    }

    /**
     * The logger of a command: debug lines with {@code PLEDGE_DEBUG}, progress on an interactive terminal unless
     * {@code quiet} (and not beside debug lines).
     */
    static ConsoleScanLogger of(PrintWriter err, boolean quiet) {
        boolean debug = System.getenv("PLEDGE_DEBUG") != null;
        return new ConsoleScanLogger(err, debug, !quiet && !debug && System.console() != null);
    }

    @Override
    public void error(String message) {
        line("error: " + message);
    }

    @Override
    public void warn(String message) {
        line("warning: " + message);
    }

    @Override
    public void info(String message) {
        if (debug) {
            line(message);
        }
    }

    @Override
    public void debug(String message) {
        if (debug) {
            line(message);
        }
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
        if (!progress) {
            return;
        }
        String text = "pledge: " + ScanLogger.progressText(stage, done, total);
        if (!text.equals(shown)) {
            err.print(CLEAR + ReportOptions.oneLine(text));
            err.flush();
            shown = text;
        }
    }

    /** Clears the progress line, if one is shown: the scan is over and its results follow. */
    synchronized void finish() {
        if (shown != null) {
            err.print(CLEAR);
            err.flush();
            shown = null;
        }
    }

    private synchronized void line(String message) {
        finish();
        err.println("pledge: " + ReportOptions.oneLine(message));
        err.flush();
    }
}
