package dev.pledge.dsl.ide;

import dev.pledge.dsl.ide.server.CliConsistentResourceValidator;
import dev.pledge.dsl.ide.server.PolicyFamilyResourceDescriptionManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.IResourceValidator;

/**
 * Guice bindings of the language server (and any other IDE integration), on top of the runtime
 * module's: diagnostics as {@code pledge check} reports them, and policy-wide checks kept up to
 * date across files.
 */
public class PledgeIdeModule extends AbstractPledgeIdeModule {

	/** Same findings and rule ids as the CLI, file by file. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return CliConsistentResourceValidator.class;
	}

	/** After an edit, re-check every file whose policy the edited file belongs to. */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return PolicyFamilyResourceDescriptionManager.class;
	}
}
