package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditLog;

/** The audit log's hash chain on both databases: records written at the same moment still form one unbroken chain. */
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

    @Test
    void recordsWrittenAtOnceFormOneUnbrokenChain() throws Exception {
        long before = audit.verify().rowsChecked();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 16; writer++) {
            int n = writer;
            writers.add(executor.submit(() -> {
                start.await();
                audit.success("tester" + n, "test.concurrent", "row" + n, "127.0.0.1", "written at once");
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
