// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.apache.log4j.Layout;
import org.apache.log4j.LogManager;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;

/**
 * The server's log: one line per event on stderr (or the log file), from lsp4j (java.util.logging),
 * Xtext (log4j) and the server itself. Conditions a server meets in normal use (an unknown method,
 * a cancelled request, an error answer to the client) are one line; only a failure that is a bug
 * carries its stack trace.
 */
final class ServerLog {

    private static final String PREFIX = "pledge-language-server: ";
    private static volatile PrintStream out = System.err;

    private ServerLog() {}

    static void install(PrintStream stream) {
        out = stream;
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                // a client may cancel a request it has just been answered: nothing to report
                boolean lateCancel =
                        record.getMessage() != null && record.getMessage().startsWith("Unmatched cancel notification");
                if (isLoggable(record) && !lateCancel) {
                    write(record.getLevel().getName().toLowerCase(), record.getMessage(), record.getThrown());
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {}
        });
        root.setLevel(java.util.logging.Level.WARNING);

        org.apache.log4j.Logger log4j = LogManager.getRootLogger();
        LogManager.resetConfiguration();
        log4j.setLevel(org.apache.log4j.Level.WARN);
        log4j.addAppender(new org.apache.log4j.AppenderSkeleton() {
            @Override
            protected void append(LoggingEvent event) {
                Throwable thrown = event.getThrowableInformation() == null
                        ? null
                        : event.getThrowableInformation().getThrowable();
                write(event.getLevel().toString().toLowerCase(), String.valueOf(event.getMessage()), thrown);
            }

            @Override
            public boolean requiresLayout() {
                return false;
            }

            @Override
            public void close() {}

            @Override
            public Layout getLayout() {
                return null;
            }
        });
    }

    static void warning(String message) {
        write("warning", message, null);
    }

    /** The error answer for a request that failed; only bugs are logged, with their stack trace. */
    static ResponseError toResponseError(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        ResponseError expected = expected(cause);
        if (expected != null) {
            return expected;
        }
        write("error", "internal error", cause);
        return new ResponseError(
                ResponseErrorCode.InternalError,
                "internal error in the Pledge language server: " + cause + " (please report it with the server's log)",
                null);
    }

    /**
     * The answer to a failure that is no bug: the client's own error answer, a cancelled request, a
     * request about a document that is neither open nor on disk. Null for anything else.
     */
    static ResponseError expected(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ResponseErrorException error) {
            return error.getResponseError();
        }
        if (isCancellation(cause)) {
            return new ResponseError(ResponseErrorCode.RequestCancelled, "the request was cancelled", null);
        }
        for (Throwable link = cause; link != null; link = link.getCause()) {
            if (link instanceof FileNotFoundException || link instanceof NoSuchFileException) {
                return new ResponseError(
                        ResponseErrorCode.InvalidParams,
                        "no such document (it is neither open in the editor nor on disk): " + link.getMessage(),
                        null);
            }
        }
        return null;
    }

    static boolean isCancellation(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        return cause instanceof CancellationException
                || cause instanceof OperationCanceledError
                || new OperationCanceledManager().isOperationCanceledException(cause);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException
                        || cause instanceof ExecutionException
                        || cause instanceof InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static synchronized void write(String level, String message, Throwable thrown) {
        Throwable cause = thrown == null ? null : unwrap(thrown);
        if (cause != null && isCancellation(cause)) {
            return;
        }
        ResponseError answer = cause == null ? null : expected(cause);
        boolean expected = cause == null || answer != null;
        String detail = answer == null ? "" : " (" + answer.getMessage() + ")";
        out.println(PREFIX + level + ": " + message + detail);
        if (!expected) {
            cause.printStackTrace(out);
        }
        out.flush();
    }
}
