package org.sealdesk.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.platform.Csv;
import org.sealdesk.staff.Roles;

/** Administrators read, export and verify the audit log. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditService {

    /** Rows the viewer pages through for one filter. */
    public static final int LISTED = 10_000;

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ServiceZone.ZONE);
    private static final int MAX_EXPORT_ROWS = 100_000;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /**
     * How many rows match the filter, up to {@link #LISTED}: the viewer pages through at most that many, newest
     * first, so that counting never walks years of history; narrower filters reach older rows.
     */
    public long count(AuditFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> beyond = em.createQuery("SELECT e.id FROM AuditEvent e" + where + " ORDER BY e.id DESC",
                Long.class);
        parameters.forEach(beyond::setParameter);
        if (!beyond.setFirstResult(LISTED).setMaxResults(1).getResultList().isEmpty()) {
            return LISTED;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One viewer page, newest first: rows written in the last second have no number or hash until chained. */
    public List<AuditRecord> search(AuditFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<AuditEvent> rows = em.createQuery("SELECT e FROM AuditEvent e" + where(filter, parameters)
                + " ORDER BY e.id DESC", AuditEvent.class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultStream()
                .map(AuditRecord::of).toList();
    }

    /** Walks the whole chain; the check itself is audited. */
    public AuditChain.Verification verify() {
        AuditChain.Verification result = audit.verify();
        if (result.intact()) {
            audit.success(caller(), "audit.verify", null, result.toString());
        } else {
            audit.refused(caller(), "audit.verify", null, result.toString());
        }
        return result;
    }

    public String csv(AuditFilter filter) {
        StringBuilder csv = new StringBuilder("\uFEFF序号,时间,操作人,操作,对象,结果,来源,详情,哈希\r\n");
        for (AuditRecord row : search(filter, 0, MAX_EXPORT_ROWS)) {
            csv.append(Csv.line(row.seq(), CSV_TIME.format(row.occurredAt()), row.actor(), row.action(), row.subject(),
                    row.outcome(), row.source(), row.detail(), row.hash()));
        }
        audit.success(caller(), "audit.export", null, null);
        return csv.toString();
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("e.action LIKE :action");
            parameters.put("action", filter.action().strip().replace("%", "") + "%");
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            conditions.add("e.subject = :subject");
            parameters.put("subject", filter.subject().strip());
        }
        if (filter.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", ServiceZone.startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", ServiceZone.endOf(filter.to()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
