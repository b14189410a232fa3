package dev.pledge.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest. */
final class Version implements IVersionProvider {
	@Override
	public String[] getVersion() {
		String version = Pledge.class.getPackage().getImplementationVersion();
		return new String[] { "pledge " + (version == null ? "(development build)" : version) };
	}
}
