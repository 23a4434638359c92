package org.sealdesk.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.sealdesk.platform.AdapterChoice;

/**
 * Chooses where scans are kept from {@code sealdesk.documents.store}: {@code database} (default) or
 * {@code directory} ({@code sealdesk.documents.directory}, shared by every server).
 */
@ApplicationScoped
public class DocumentStoreProducer {

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Produces
    @ApplicationScoped
    DocumentStore store() {
        Map<String, Supplier<DocumentStore>> offered = new LinkedHashMap<>();
        offered.put("database", DatabaseDocumentStore::new);
        offered.put("directory", () -> new DirectoryDocumentStore(
                Path.of(config.getValue("sealdesk.documents.directory", String.class)), clock, transactions));
        return AdapterChoice.of(config, "sealdesk.documents.store", "database", offered);
    }
}
