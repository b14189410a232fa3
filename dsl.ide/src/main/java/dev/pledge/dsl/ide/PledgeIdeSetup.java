// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.pledge.dsl.PledgeRuntimeModule;
import dev.pledge.dsl.PledgeStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class PledgeIdeSetup extends PledgeStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new PledgeRuntimeModule(), new PledgeIdeModule()));
    }
}
