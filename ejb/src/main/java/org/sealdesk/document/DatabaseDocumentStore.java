package org.sealdesk.document;

/** The document's own row keeps the bytes: nothing outside the database, for the embedded default. */
final class DatabaseDocumentStore implements DocumentStore {

    @Override
    public String keep(byte[] cipher) {
        return null;
    }

    @Override
    public byte[] read(OrderDocument document) {
        if (document.getStoreKey() != null) {
            throw new IllegalStateException("Document " + document.getId() + " was kept by a document store outside"
                    + " the database (sealdesk.documents.store=directory), which is not configured now");
        }
        return document.getContentCipher();
    }

    @Override
    public void discard(OrderDocument document) {
        // The row goes, and the bytes with it.
    }

    @Override
    public String describe() {
        return "uploaded scans kept encrypted in the database (sealdesk.documents.store=database)";
    }
}
