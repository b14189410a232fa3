// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class PledgeStandaloneSetup extends PledgeStandaloneSetupGenerated {

    public static void doSetup() {
        new PledgeStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
