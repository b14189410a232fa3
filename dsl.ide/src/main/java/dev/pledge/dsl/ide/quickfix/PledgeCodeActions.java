// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import com.google.inject.Inject;
import com.google.inject.Injector;
import dev.pledge.dsl.formatting.ClauseStarts;
import dev.pledge.dsl.load.PolicyFormatter;
import dev.pledge.dsl.validation.Rule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * Quick fixes: for each diagnostic the editor sends whose rule has fixes, the code actions that
 * write what its message proposes. The fixes of a rule are registered here, by rule; the code is in
 * {@link ClauseFixes}, {@link NameFixes} and {@link TextFixes}.
 */
public class PledgeCodeActions implements ICodeActionService2 {

    private final Map<Rule, QuickFix> fixes = new EnumMap<>(Rule.class);
    private final ClauseStarts starts;

    @Inject
    private UriExtensions uris;

    @Inject
    private EObjectAtOffsetHelper at;

    @Inject
    public PledgeCodeActions(IGrammarAccess grammar, IScopeProvider scopes, Injector injector) {
        starts = new ClauseStarts(grammar.getGrammar());
        NameFixes names = new NameFixes(scopes, new DeclarationTemplates(grammar.getGrammar()));
        TextFixes texts = new TextFixes(new PolicyFormatter(injector));
        fixes.put(Rule.SYNTAX, texts::syntax);
        fixes.put(Rule.EMPTY_FILE, names::emptyFile);
        fixes.put(Rule.UNRESOLVED_NAME, names::unresolvedName);
        fixes.put(Rule.DUPLICATE_NAME, names::duplicateName);
        fixes.put(Rule.DUPLICATE_POLICY, names::duplicatePolicy);
        fixes.put(Rule.IMPORT_NOT_FOUND, names::importNotFound);
        fixes.put(Rule.IDENTIFIER_STYLE, names::identifierStyle);
        fixes.put(Rule.MISSING_VERSION, ClauseFixes::missingVersion);
        fixes.put(Rule.INVALID_DATE, ClauseFixes::invalidDate);
        fixes.put(Rule.INVALID_PURPOSE_VERSION, ClauseFixes::invalidPurposeVersion);
        fixes.put(Rule.EXTENDS_CYCLE, ClauseFixes::extendsCycle);
        fixes.put(Rule.DUPLICATE_TRANSLATION, ClauseFixes::duplicateTranslation);
        fixes.put(Rule.UNKNOWN_LANGUAGE, ClauseFixes::unknownLanguage);
        fixes.put(Rule.MISSING_LEGAL_BASIS, ClauseFixes::missingLegalBasis);
        fixes.put(Rule.MISSING_INTEREST, ClauseFixes::missingInterest);
        fixes.put(Rule.GDPR_LEGAL_BASIS, ClauseFixes::unstatedBasis);
        fixes.put(Rule.DUPLICATE_BASIS, ClauseFixes::duplicateBasis);
        fixes.put(Rule.MISSING_WITHDRAWAL, ClauseFixes::missingWithdrawal);
        fixes.put(Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT, ClauseFixes::sensitiveWithoutExplicitConsent);
        fixes.put(Rule.DISCLOSURE_OUTSIDE_PURPOSE, ClauseFixes::disclosureOutsidePurpose);
        fixes.put(Rule.TRANSFER_WITHOUT_MECHANISM, ClauseFixes::transferWithoutMechanism);
        fixes.put(Rule.UNUSED_DATA, ClauseFixes::unusedData);
        fixes.put(Rule.MISSING_RETENTION, ClauseFixes::missingRetention);
        fixes.put(Rule.GDPR_SOURCE, texts::source);
        fixes.put(Rule.MISSING_TRANSLATION, texts::missingTranslation);
        for (Rule rule : Rule.values()) {
            if (TextFixes.isSkeleton(rule)) {
                fixes.putIfAbsent(rule, texts::completeness);
            }
        }
    }

    /** The rules that have quick fixes. */
    public java.util.Set<Rule> rules() {
        return fixes.keySet();
    }

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<String> only = options.getCodeActionParams().getContext().getOnly();
        if (only != null && !only.isEmpty() && only.stream().noneMatch(CodeActionKind.QuickFix::startsWith)) {
            return List.of();
        }
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
            if (!(context.getResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
                return null;
            }
            for (Diagnostic diagnostic :
                    options.getCodeActionParams().getContext().getDiagnostics()) {
                Rule rule =
                        diagnostic.getCode() == null || !diagnostic.getCode().isLeft()
                                ? null
                                : Rule.byId(diagnostic.getCode().getLeft());
                QuickFix fix = rule == null ? null : fixes.get(rule);
                if (fix != null) {
                    fix.offer(new FixContext(resource, diagnostic, starts, uris, at, actions));
                }
            }
            return null;
        });
        return actions;
    }
}
