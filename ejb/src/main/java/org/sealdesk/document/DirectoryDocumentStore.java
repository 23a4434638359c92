package org.sealdesk.document;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Files in a directory every server mounts (NFS or the like): {@code yyyy/MM/<random UUID>}, one per document,
 * written whole before the row that names it commits. Rows uploaded before the store was configured keep their
 * bytes and are read from them.
 */
final class DirectoryDocumentStore implements DocumentStore {

    private static final Logger LOG = Logger.getLogger(DirectoryDocumentStore.class.getName());
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);
    private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}");

    private final Path directory;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    DirectoryDocumentStore(Path directory, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public String keep(byte[] cipher) {
        String key = MONTH.format(clock.instant()) + "/" + UUID.randomUUID();
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            // Whole or not at all: another server may read it as soon as the row commits.
            Path partial = Files.createTempFile(file.getParent(), ".upload-", ".part");
            Files.write(partial, cipher);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a document in " + directory, e);
        }
        return key;
    }

    @Override
    public byte[] read(OrderDocument document) {
        if (document.getStoreKey() == null) {
            return document.getContentCipher();
        }
        try {
            return Files.readAllBytes(file(document.getStoreKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("document " + document.getId() + " is missing from " + directory, e);
        }
    }

    @Override
    public void discard(OrderDocument document) {
        if (document.getStoreKey() == null) {
            return;
        }
        Path file = file(document.getStoreKey());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // The file stays until the row's deletion is committed.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "A discarded document stays in " + file, e);
                    }
                }
            }
        });
    }

    @Override
    public String describe() {
        return "uploaded scans kept as encrypted files in " + directory + " (sealdesk.documents.store=directory)";
    }

    /** The file for a key this store made; anything else (a path out of the directory) is refused. */
    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a document key: " + key);
        }
        return directory.resolve(key);
    }
}
