package org.sealdesk.document;

/**
 * Where the encrypted bytes of uploaded scans are kept: in their database row (the default, for the embedded
 * database) or as files in a directory every server shares ({@code sealdesk.documents.store}). Either way the
 * database holds the document's row with its SHA-256; the bytes are encrypted before they get here.
 */
public interface DocumentStore {

    /** Keeps {@code cipher}. @return the key it is kept under, or null when the document's row is to keep it */
    String keep(byte[] cipher);

    /** The encrypted bytes of {@code document}, wherever they were kept when it was uploaded. */
    byte[] read(OrderDocument document);

    /** {@code document}'s row is deleted in the current transaction: its bytes go once that commits. */
    void discard(OrderDocument document);

    /** For the start-up log. */
    String describe();
}
