// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad arguments, exit 2. {@code pledge} alone prints the usage; anything else gets one line saying
 * what is wrong and where the help is, e.g.
 * {@code pledge: error: unknown option: '--bogus' (see 'pledge check --help')}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (args.length == 0 && cmd.getParent() == null) {
            cmd.usage(cmd.getErr());
            return ExitCode.USAGE;
        }
        StringBuilder line = new StringBuilder("pledge: error: ").append(lowerFirst(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(": did you mean '")
                        .append(String.join("' or '", suggestions))
                        .append("'?");
            }
        }
        line.append(" (see '").append(cmd.getCommandSpec().qualifiedName()).append(" --help')");
        cmd.getErr().println(line);
        cmd.getErr().flush();
        return ExitCode.USAGE;
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty()
                ? "invalid arguments"
                : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
