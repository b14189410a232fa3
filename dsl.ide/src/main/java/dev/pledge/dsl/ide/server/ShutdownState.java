// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import com.google.inject.Singleton;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

/**
 * Whether the editor asked the server to shut down; the exit code follows from it, as the protocol
 * says: 0 after {@code shutdown}, 1 when the editor went away (or sent {@code exit}) without it.
 */
@Singleton
public class ShutdownState implements ILanguageServerShutdownAndExitHandler {

    private volatile boolean shutdown;

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public void exit() {
        System.exit(exitCode());
    }

    int exitCode() {
        return shutdown ? 0 : PledgeServerLauncher.EXIT_WITHOUT_SHUTDOWN;
    }
}
