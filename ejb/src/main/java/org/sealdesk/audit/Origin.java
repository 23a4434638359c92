package org.sealdesk.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;

/**
 * Where the current request comes from, for the audit log and the per-address limits: the client's address, set
 * once per request by the web tier, or a job's name, set by the job. Services ask it instead of passing the
 * address along.
 */
@RequestScoped
public class Origin {

    /** Where nothing said where a request came from. */
    public static final String UNKNOWN = "-";

    private String source = UNKNOWN;

    public String source() {
        return source;
    }

    public void from(String source) {
        this.source = Objects.requireNonNull(source);
    }
}
