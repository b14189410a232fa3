// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pledge} command: privacy policy as code. */
@Command(
        name = "pledge",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Privacy policy as code: check *.pledge policies and generate from them.",
        subcommands = {
            CheckCommand.class,
            GenerateCommand.class,
            ExportCommand.class,
            DiffCommand.class,
            ScanCommand.class,
            SdksCommand.class,
            NoticeCommand.class,
            FormatCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE})
public final class Pledge {

    /** Memory set aside to report running out of it: freed first, so that the one line can still be printed. */
    private static volatile byte[] reserve;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns the exit code, without exiting. Running out of memory anywhere (a command
     * may say more where it knows what was too large) is one line on standard error and exit code 2, not Java's
     * trace and exit code 1, which would read as findings.
     */
    public static int run(String... args) {
        reserve = new byte[256 * 1024];
        try {
            return commandLine().execute(args);
        } catch (Error e) { // OutOfMemoryError, or an error a library wrapped it in (Guava's ExecutionError)
            reserve = null;
            if (!ranOutOfMemory(e)) {
                throw e;
            }
            System.err.println(outOfMemory());
            return ExitCode.USAGE;
        } finally {
            reserve = null;
        }
    }

    /** Whether {@code problem} is running out of memory, or wraps it. */
    static boolean ranOutOfMemory(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static String outOfMemory() {
        return "pledge: error: out of memory: Java may use "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB here; give it more (PLEDGE_JAVA_OPTS=-Xmx4g for the pledge command)";
    }

    static CommandLine commandLine() {
        quietLibraryLogs();
        CommandLine commandLine = new CommandLine(new Pledge());
        usageFirst(commandLine);
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    /**
     * Xtext logs through log4j to standard output, with stack traces (a failed check printed 1,024 lines).
     * The command reports problems as findings and one-line errors instead; {@code PLEDGE_DEBUG=1} keeps the
     * library's log for diagnosis.
     */
    private static void quietLibraryLogs() {
        if (System.getenv("PLEDGE_DEBUG") == null) {
            // the whole repository: a library's log4j.properties may give its own loggers a level of their own
            org.apache.log4j.LogManager.getLoggerRepository().setThreshold(org.apache.log4j.Level.OFF);
        }
    }

    /**
     * Help starts with the usage line, then the one-line summary (each command's {@code header}, also
     * its line in the command list), then the details, as most command-line tools print it.
     */
    private static void usageFirst(CommandLine command) {
        List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
        List<String> header = List.of(
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
        keys.removeAll(header);
        keys.addAll(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS) + 1, header);
        command.setHelpSectionKeys(keys);
        command.getSubcommands().values().forEach(Pledge::usageFirst);
    }
}
