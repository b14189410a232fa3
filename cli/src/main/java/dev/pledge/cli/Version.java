// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest; {@code development} when run from classes (tests, an IDE). */
final class Version implements IVersionProvider {

    static final String DEVELOPMENT = "development";

    @Override
    public String[] getVersion() {
        return new String[] {"pledge " + number()};
    }

    /** The version alone, as SARIF's {@code tool.driver.version} gives it. */
    static String number() {
        String version = Pledge.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }
}
