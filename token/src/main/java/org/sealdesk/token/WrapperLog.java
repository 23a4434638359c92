package org.sealdesk.token;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PKCS#11 wrapper's messages in java.util.logging: each PKCS#11 call it traces is detail (FINE),
 * not something to print on the user's console; its warnings and errors stay visible.
 */
final class WrapperLog implements org.xipki.pkcs11.wrapper.Logger {

    private static final Logger LOG = Logger.getLogger("org.xipki.pkcs11");

    static void install() {
        org.xipki.pkcs11.wrapper.StaticLogger.setLogger(new WrapperLog());
    }

    /** The wrapper writes slf4j-style "{}" placeholders. */
    private static void log(Level level, String format, Object... arguments) {
        if (!LOG.isLoggable(level)) {
            return;
        }
        StringBuilder message = new StringBuilder();
        int from = 0;
        for (Object argument : arguments) {
            int at = format.indexOf("{}", from);
            if (at < 0) {
                break;
            }
            message.append(format, from, at).append(argument);
            from = at + 2;
        }
        LOG.log(level, message.append(format.substring(from)).toString());
    }

    @Override
    public void info(String format, Object... arguments) {
        log(Level.FINE, format, arguments);
    }

    @Override
    public void warn(String format, Object... arguments) {
        log(Level.WARNING, format, arguments);
    }

    @Override
    public void error(String format, Object... arguments) {
        log(Level.SEVERE, format, arguments);
    }

    @Override
    public void debug(String format, Object... arguments) {
        log(Level.FINER, format, arguments);
    }

    @Override
    public void trace(String format, Object... arguments) {
        log(Level.FINEST, format, arguments);
    }

    @Override
    public boolean isDebugEnabled() {
        return LOG.isLoggable(Level.FINER);
    }

    @Override
    public boolean isInfoEnabled() {
        return LOG.isLoggable(Level.FINE);
    }

    @Override
    public boolean isWarnEnabled() {
        return LOG.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isTraceEnabled() {
        return LOG.isLoggable(Level.FINEST);
    }
}
