package org.sealdesk.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Server log lines a test provokes on purpose and accepts (regular expressions, found anywhere in the
 * line); {@link ServerLogWatch} fails the test on any other error, FFDC incident or uncaught exception.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExpectedServerLog {

    String[] value();
}
