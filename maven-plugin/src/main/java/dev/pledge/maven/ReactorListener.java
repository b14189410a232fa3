// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;

/**
 * Maven's build events, passed on to the listener that was there before (Maven's own, which prints
 * the reactor summary); on the way, a module whose build failed or was skipped is noted, and when
 * the build ends the {@link Reactor} prints its summary, just before Maven's.
 */
final class ReactorListener implements ExecutionListener {

    private final ExecutionListener next;
    private final Reactor reactor;

    /** @param next the listener to pass events on to; null for none */
    ReactorListener(ExecutionListener next, Reactor reactor) {
        this.next = next == null ? new AbstractExecutionListener() {} : next;
        this.reactor = reactor;
    }

    @Override
    public void sessionEnded(ExecutionEvent event) {
        reactor.end(event.getSession());
        next.sessionEnded(event);
    }

    @Override
    public void projectFailed(ExecutionEvent event) {
        reactor.stopped(event.getProject(), "its build failed before the check");
        next.projectFailed(event);
    }

    @Override
    public void projectSkipped(ExecutionEvent event) {
        reactor.stopped(event.getProject(), "skipped after another module failed");
        next.projectSkipped(event);
    }

    @Override
    public void projectDiscoveryStarted(ExecutionEvent event) {
        next.projectDiscoveryStarted(event);
    }

    @Override
    public void sessionStarted(ExecutionEvent event) {
        next.sessionStarted(event);
    }

    @Override
    public void projectStarted(ExecutionEvent event) {
        next.projectStarted(event);
    }

    @Override
    public void projectSucceeded(ExecutionEvent event) {
        next.projectSucceeded(event);
    }

    @Override
    public void mojoSkipped(ExecutionEvent event) {
        next.mojoSkipped(event);
    }

    @Override
    public void mojoStarted(ExecutionEvent event) {
        next.mojoStarted(event);
    }

    @Override
    public void mojoSucceeded(ExecutionEvent event) {
        next.mojoSucceeded(event);
    }

    @Override
    public void mojoFailed(ExecutionEvent event) {
        next.mojoFailed(event);
    }

    @Override
    public void forkStarted(ExecutionEvent event) {
        next.forkStarted(event);
    }

    @Override
    public void forkSucceeded(ExecutionEvent event) {
        next.forkSucceeded(event);
    }

    @Override
    public void forkFailed(ExecutionEvent event) {
        next.forkFailed(event);
    }

    @Override
    public void forkedProjectStarted(ExecutionEvent event) {
        next.forkedProjectStarted(event);
    }

    @Override
    public void forkedProjectSucceeded(ExecutionEvent event) {
        next.forkedProjectSucceeded(event);
    }

    @Override
    public void forkedProjectFailed(ExecutionEvent event) {
        next.forkedProjectFailed(event);
    }
}
