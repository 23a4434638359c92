package org.sealdesk.platform;

import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;

/**
 * How an outside service's adapter is chosen (SMS, payment, …): a setting names it, the built-in one works on a
 * fresh machine, and a name nothing offers stops the start with a sentence that lists the choices.
 */
public final class AdapterChoice {

    private AdapterChoice() {
    }

    /**
     * @param offered the adapters by name, in the order the error message lists them; made only when chosen
     */
    public static <T> T of(Config config, String property, String builtIn, Map<String, Supplier<T>> offered) {
        String chosen = config.getOptionalValue(property, String.class).orElse(builtIn);
        Supplier<T> adapter = offered.get(chosen);
        if (adapter == null) {
            throw new IllegalStateException(property + " must be one of " + String.join(", ", offered.keySet()) + ", not "
                    + chosen);
        }
        return adapter.get();
    }
}
