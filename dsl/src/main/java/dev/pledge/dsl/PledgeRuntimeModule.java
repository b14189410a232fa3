// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import dev.pledge.dsl.formatting.PledgeFormatter;
import dev.pledge.dsl.linking.PledgeLinkingMessages;
import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.parser.PledgeLexer;
import dev.pledge.dsl.parser.PledgeSyntaxErrorMessages;
import dev.pledge.dsl.parser.antlr.internal.InternalPledgeLexer;
import dev.pledge.dsl.scoping.TransitiveImportScopeProvider;
import dev.pledge.dsl.validation.PledgeResourceValidator;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;

/**
 * Guice bindings of the Pledge language. Names are global and flat (one namespace per set of
 * imported files); {@code import "file.pledge"} decides which files a policy sees.
 */
public class PledgeRuntimeModule extends AbstractPledgeRuntimeModule {

    @Override
    public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return TransitiveImportScopeProvider.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return PledgeNameProvider.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return PledgeLinkingMessages.class;
    }

    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return PledgeResourceValidator.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return PledgeSyntaxErrorMessages.class;
    }

    /**
     * No EMF default constraints (multiplicities, proxies): the grammar and linking already report
     * them as syntax and name errors, and they cost a walk over every object of every checked file.
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bindConstant()
                .annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
                .to(false);
    }

    /** The generated lexer, with lexical errors in a policy author's words. */
    @Override
    public Class<? extends Lexer> bindLexer() {
        return PledgeLexer.class;
    }

    @Override
    public Provider<? extends InternalPledgeLexer> provideInternalPledgeLexer() {
        return LexerProvider.create(PledgeLexer.class);
    }

    @Override
    public void configureRuntimeLexer(Binder binder) {
        binder.bind(Lexer.class)
                .annotatedWith(Names.named(LexerBindings.RUNTIME))
                .to(PledgeLexer.class);
    }

    /** The one layout of policy files, for {@code pledge format} and editors. */
    public Class<? extends IFormatter2> bindIFormatter2() {
        return PledgeFormatter.class;
    }
}
