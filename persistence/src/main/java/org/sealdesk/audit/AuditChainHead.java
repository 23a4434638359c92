package org.sealdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row holding the newest audit row's sequence number and hash. Appending locks it, so
 * audit rows are numbered one after another even when written concurrently.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public static AuditChainHead empty() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    /** Numbers and hashes {@code event} as the next row of the chain. */
    public void append(AuditEvent event) {
        event.chain(lastSeq + 1, lastHash);
        lastSeq = event.getSeq();
        lastHash = event.getHash();
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
