// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A logger for tests: keeps the debug lines, and each progress call as {@code stage done/total}. */
public final class RecordingLogger implements ScanLogger {

    /** The debug lines, in order. */
    public final List<String> debug = Collections.synchronizedList(new ArrayList<>());
    /** The progress calls, in order. */
    public final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void error(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void info(String message) {}

    @Override
    public void debug(String message) {
        debug.add(message);
    }

    @Override
    public void progress(String stage, int done, int total) {
        progress.add(stage + " " + done + "/" + total);
    }
}
