// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import com.google.inject.Guice;
import com.google.inject.util.Modules;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ServerModule;

/**
 * {@code java -jar pledge-language-server.jar}: the language server over stdin and stdout.
 * <p>
 * Unlike Xtext's {@code ServerLauncher}, the process ends as soon as the editor goes away: when
 * stdin reaches its end (the editor closed the pipe or died) and, through {@link ParentProcessWatcher},
 * when the process that {@code initialize} names as its parent ends. Nothing but LSP messages is
 * written to stdout; log lines go to stderr, one line each ({@link ServerLog}).
 */
public final class PledgeServerLauncher {

    /** Exit code when the editor went away without {@code shutdown} (as for {@code exit} without it). */
    static final int EXIT_WITHOUT_SHUTDOWN = 1;

    private PledgeServerLauncher() {}

    public static void main(String[] args) {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-help")) {
            System.out.println(USAGE);
            return;
        }
        InputStream in = System.in;
        PrintStream out = System.out;
        // whatever a library prints must not corrupt the protocol on stdout
        System.setOut(System.err);
        System.setIn(InputStream.nullInputStream());
        PrintStream log = options.contains("-log") ? logFile() : System.err;
        ServerLog.install(log);
        System.exit(run(in, out, options.contains("-trace") ? new PrintWriter(log, true) : null));
    }

    /** Serves LSP on the streams until the client's end of them closes; returns the exit code. */
    static int run(InputStream in, OutputStream out, PrintWriter trace) {
        PledgeLanguageServer server = Guice.createInjector(
                        Modules.override(new ServerModule()).with(new PledgeServerModule()))
                .getInstance(PledgeLanguageServer.class);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExceptionHandler(ServerLog::toResponseError)
                .validateMessages(true)
                .traceMessages(trace)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            ServerLog.warning("the connection to the editor failed: " + e.getCause());
        }
        return server.exitCode();
    }

    private static PrintStream logFile() {
        try {
            OutputStream file = new FileOutputStream("pledge-language-server.log", true);
            return new PrintStream(file, true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("pledge-language-server: cannot write pledge-language-server.log (" + e.getMessage()
                    + "): logging to stderr");
            return System.err;
        }
    }

    private static final String USAGE = """
            Usage: java [-Xmx512m] -jar pledge-language-server.jar [-log] [-trace]
            The Pledge language server: speaks the Language Server Protocol on stdin and stdout.
            Editors start it; it ends when the editor closes stdin or its process ends.
              -log     write log lines to pledge-language-server.log in the working directory, not stderr
              -trace   also log every JSON-RPC message""";
}
