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

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting. */
    public static int run(String... args) {
        return commandLine().execute(args);
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
