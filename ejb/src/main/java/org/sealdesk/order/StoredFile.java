package org.sealdesk.order;

import org.sealdesk.document.DocumentType;

/** A document's decrypted bytes on their way to their owner's browser. */
public record StoredFile(byte[] content, DocumentType type, String fileName) {
}
