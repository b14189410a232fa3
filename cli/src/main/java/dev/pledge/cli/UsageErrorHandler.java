package dev.pledge.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad arguments: one line saying what is wrong, the usage, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine cmd = ex.getCommandLine();
		cmd.getErr().println("pledge: error: " + ex.getMessage());
		cmd.usage(cmd.getErr());
		return ExitCode.USAGE;
	}
}
