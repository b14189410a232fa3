package dev.pledge.cli;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pledge check PATH...}: parse, link and validate policies; report findings. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Check policies: syntax, names, legal bases, consent, sharing, transfers, notice completeness.")
final class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "*.pledge files, or folders to search for them.")
	List<Path> paths;

	@Mixin
	ReportOptions report;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		LoadResult result;
		try {
			result = new PolicyLoader().load(paths);
		} catch (PolicyLoadException e) {
			spec.commandLine().getErr().println("pledge: error: " + e.getMessage());
			return ExitCode.USAGE;
		}
		try {
			report.write(result.findings(), result.files().size(), spec.commandLine().getOut());
		} catch (IOException e) {
			spec.commandLine().getErr().println("pledge: error: cannot write report: " + e.getMessage());
			return ExitCode.USAGE;
		}
		return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
