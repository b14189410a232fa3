package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.dsl.load.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How findings are reported: console lines or SARIF, to standard output or a file. */
final class ReportOptions {

	enum Format { text, sarif }

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text (default: path:line:col: severity: message [rule-id]) or sarif (SARIF 2.1.0 JSON).")
	Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Write the report to FILE (written atomically) instead of standard output.")
	Path output;

	void write(List<Finding> findings, int files, PrintWriter out) throws IOException {
		Path base = Path.of("").toAbsolutePath();
		String report = switch (format) {
			case text -> text(findings, files, base);
			case sarif -> new SarifWriter("pledge", version()).write(findings, base);
		};
		if (output == null) {
			out.print(report);
			out.flush();
		} else {
			AtomicFiles.write(output, report.getBytes(StandardCharsets.UTF_8));
			if (format == Format.sarif) {
				out.print(summary(findings, files));
				out.flush();
			}
		}
	}

	static String text(List<Finding> findings, int files, Path base) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			text.append(finding.format(base)).append('\n');
		}
		return text.append(summary(findings, files)).toString();
	}

	static String summary(List<Finding> findings, int files) {
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		return "Checked " + files + " file" + (files == 1 ? "" : "s") + ": " + errors + " error"
				+ (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ".\n";
	}

	private static String version() {
		String version = ReportOptions.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}
}
