package org.sealdesk.service;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Writes every failure of a test class run in the server to its log as an error. Arquillian's in-container runner
 * reports only the test method's own outcome: when the class itself fails there (a class the test needs is missing
 * from the deployment, a class-level callback throws), the method never runs and the client is told it passed.
 * Logged, the failure fails the test through {@link org.sealdesk.it.ServerLogWatch}.
 */
public class InContainerFailures implements TestExecutionListener {

    private static final Logger LOG = Logger.getLogger(InContainerFailures.class.getName());

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            LOG.log(Level.SEVERE, "In-container test " + identifier.getUniqueId() + " " + result.getStatus(),
                    result.getThrowable().orElse(null));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        LOG.severe(() -> "In-container test " + identifier.getUniqueId() + " skipped: " + reason);
    }
}
