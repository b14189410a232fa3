// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.linking;

import dev.pledge.dsl.validation.Declarations;
import dev.pledge.dsl.validation.Rule;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unresolved names say what kind of declaration was expected and how to declare it. */
public class PledgeLinkingMessages extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String what = Declarations.describe(type);
        String message = "unknown " + what + " '" + context.getLinkText() + "': declare it with `"
                + Declarations.example(type, context.getLinkText())
                + "`, fix the spelling, or import the file that declares it";
        return new DiagnosticMessage(message, Severity.ERROR, Rule.UNRESOLVED_NAME.id());
    }
}
