// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import dev.pledge.dsl.ide.server.PolicyFamilyResourceDescriptionManager;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * Guice bindings of the language server (and any other IDE integration), on top of the runtime
 * module's (which already make diagnostics what {@code pledge check} reports): policy-wide checks
 * kept up to date across files.
 */
public class PledgeIdeModule extends AbstractPledgeIdeModule {

    /** After an edit, re-check every file whose policy the edited file belongs to. */
    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return PolicyFamilyResourceDescriptionManager.class;
    }
}
