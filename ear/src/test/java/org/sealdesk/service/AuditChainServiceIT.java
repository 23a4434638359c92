package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditLog;

/**
 * The audit log on both databases: records written at the same moment still form one unbroken chain, and each
 * says where its request came from (work outside any request says "-").
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    /** The web tier says where each request comes from, once; services and the audit log ask. */
    @Test
    void aRecordSaysWhereItsRequestCameFrom() {
        audit.success("tester", "test.origin", "here", null);
        List<String> sources = em.createQuery("SELECT e.source FROM AuditEvent e WHERE e.action = 'test.origin'"
                + " ORDER BY e.id DESC", String.class).setMaxResults(1).getResultList();
        assertTrue(Set.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(sources.get(0)), "the test's request: " + sources);
    }

    @Test
    void recordsWrittenAtOnceFormOneUnbrokenChain() throws Exception {
        long before = audit.verify().rowsChecked();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 16; writer++) {
            int n = writer;
            writers.add(executor.submit(() -> {
                start.await();
                audit.success("tester" + n, "test.concurrent", "row" + n, "written at once");
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        AuditChain.Verification chain = audit.verify();
        assertTrue(chain.intact(), chain.toString());
        assertEquals(before + 16, chain.rowsChecked(), "every record, once");
    }
}
