package dev.pledge.cli;

/** Exit codes of every pledge command. */
final class ExitCode {
	static final int OK = 0;
	static final int FINDINGS = 1;
	static final int USAGE = 2;
	static final int INTERNAL = 3;

	private ExitCode() {
	}
}
