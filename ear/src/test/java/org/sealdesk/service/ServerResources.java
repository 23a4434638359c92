package org.sealdesk.service;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the service tests use in the server besides the services. Arquillian gives a test class its CDI beans, but
 * neither a persistence context nor {@code @Resource} fields (they stay null), so the tests ask here.
 */
@ApplicationScoped
public class ServerResources {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    /** The application's persistence context, in the caller's transaction. */
    public EntityManager entityManager() {
        return em;
    }

    /** The server's default executor: its tasks run with the caller's identity and the application's context. */
    public static ManagedExecutorService executor() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("the service test servers enable concurrent-3.0", e);
        }
    }
}
