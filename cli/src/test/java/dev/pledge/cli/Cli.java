// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Runs {@code pledge} in-process, as {@link Pledge#main} does, with both streams captured. */
final class Cli {

    private static final Pattern STACK_TRACE =
            Pattern.compile("\tat |Exception|Error:|\\b(java|javax|jdk|sun|org|com)\\.[a-z]+\\.");

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {

        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        /** Bad input must never surface as a Java stack trace or exception name. */
        void assertNoStackTrace() {
            for (String text : List.of(out, err)) {
                assertFalse(STACK_TRACE.matcher(text).find(), () -> "stack trace or exception in output:\n" + text);
            }
        }

        private static List<String> lines(String text) {
            return text.lines().toList();
        }
    }

    private Cli() {}

    static Run pledge(String... args) {
        return pledge(new StringWriter(), args);
    }

    /** Runs with standard output going to {@code stdout} (to simulate a broken pipe, say). */
    static Run pledge(java.io.Writer stdout, String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Pledge.commandLine();
        commandLine.setOut(new PrintWriter(stdout));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, stdout.toString(), err.toString());
    }

    /** The path as {@code pledge check} prints it when run from the current folder. */
    static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
