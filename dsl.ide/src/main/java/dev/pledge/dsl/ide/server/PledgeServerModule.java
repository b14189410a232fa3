// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import com.google.inject.AbstractModule;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

/** The server's own bindings, over Xtext's {@code ServerModule} (the language's are in {@code PledgeIdeModule}). */
public class PledgeServerModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(LanguageServer.class).to(PledgeLanguageServer.class);
        bind(LanguageServerImpl.class).to(PledgeLanguageServer.class);
        bind(WorkspaceManager.class).to(PledgeWorkspaceManager.class);
        bind(BuildManager.class).to(InitialBuildManager.class);
        bind(ILanguageServerShutdownAndExitHandler.class).to(ShutdownState.class);
        bind(SemanticTokensService.class).to(PledgeSemanticTokensService.class);
    }
}
