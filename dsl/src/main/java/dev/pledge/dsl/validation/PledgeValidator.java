// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All of Pledge's checks, each family of rules in a validator of its own. Rule ids live in
 * {@link Rule}; every message says what to write to fix it.
 */
@ComposedChecks(
        validators = {
            NamesValidator.class,
            TextValidator.class,
            PurposeValidator.class,
            RolesValidator.class,
            ScopeValidator.class,
            ExtensionValidator.class,
            CommitmentValidator.class,
            SharingValidator.class,
            CompletenessValidator.class,
            TransparencyValidator.class,
            ClauseValidator.class
        })
public class PledgeValidator extends AbstractPledgeValidator {}
