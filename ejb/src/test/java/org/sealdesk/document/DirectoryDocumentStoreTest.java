package org.sealdesk.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryDocumentStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");

    @TempDir
    Path directory;

    private final List<Synchronization> afterCommit = new ArrayList<>();
    private final TransactionSynchronizationRegistry transactions = new TransactionRegistry(afterCommit);

    private DirectoryDocumentStore store() {
        return new DirectoryDocumentStore(directory, Clock.fixed(NOW, ZoneOffset.UTC), transactions);
    }

    private static OrderDocument kept(byte[] cipher, String key) {
        return new OrderDocument(1, DocumentRole.ID_CARD_FRONT, DocumentType.PNG, "front.png", 3, "ab", cipher, key,
                NOW);
    }

    @Test
    void keepsTheBytesInAFileOfTheMonthAndReadsThemBack() throws Exception {
        byte[] cipher = {1, 2, 3};
        String key = store().keep(cipher);
        assertTrue(key.matches("2026/12/[0-9a-f-]{36}"), key);
        assertArrayEquals(cipher, Files.readAllBytes(directory.resolve(key)));
        assertArrayEquals(cipher, store().read(kept(null, key)), "another server's store reads it too");
        try (Stream<Path> files = Files.walk(directory)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial file left");
        }
    }

    @Test
    void readsARowUploadedBeforeTheStoreFromTheRow() {
        assertArrayEquals(new byte[] {9}, store().read(kept(new byte[] {9}, null)));
    }

    @Test
    void aDiscardedFileGoesOnlyWhenTheDeletionCommits() throws Exception {
        String key = store().keep(new byte[] {4});
        store().discard(kept(null, key));
        assertTrue(Files.exists(directory.resolve(key)), "still there while the transaction runs");
        afterCommit.forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));
        assertTrue(Files.exists(directory.resolve(key)), "rolled back: the row and the file stay");
        afterCommit.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        assertFalse(Files.exists(directory.resolve(key)));
    }

    @Test
    void aKeyItDidNotMakeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> store().read(kept(null, "../../etc/passwd")));
        assertThrows(UncheckedIOException.class, () -> store().read(kept(null,
                "2026/12/00000000-0000-0000-0000-000000000000")), "a missing file is said, not returned empty");
    }

    @Test
    void theDatabaseStoreLeavesTheBytesToTheRow() {
        DatabaseDocumentStore database = new DatabaseDocumentStore();
        assertNull(database.keep(new byte[] {5}));
        assertArrayEquals(new byte[] {5}, database.read(kept(new byte[] {5}, null)));
        assertThrows(IllegalStateException.class, () -> database.read(kept(null, "2026/12/x")),
                "a file the directory store kept, with that store no longer configured");
    }

    /** What the transaction manager does with an interposed synchronization, run by hand. */
    private record TransactionRegistry(List<Synchronization> registered) implements TransactionSynchronizationRegistry {

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
