package org.sealdesk.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sealdesk.order.FinishedOrderCount;
import org.sealdesk.order.OrderStatus;

/**
 * Orders in a status they never leave, by status, without counting history: the kept counts plus the orders that
 * finished since they were last brought up to date — a few hours' worth at most, read through an index.
 */
@Stateless
@PermitAll
public class FinishedOrders {

    /** The statuses an order never leaves. */
    public static final Set<OrderStatus> FINAL = Collections.unmodifiableSet(EnumSet.copyOf(
            Stream.of(OrderStatus.values()).filter(OrderStatus::isFinal).toList()));

    /** Orders counted per transaction: a run after a long pause takes several. */
    static final int BATCH = 5_000;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    /** Every final status with its number of orders now. */
    public Map<OrderStatus, Long> byStatus() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        FINAL.forEach(status -> counts.put(status, 0L));
        // One statement, so that a run of the count finishing meanwhile is seen wholly or not at all.
        List<?> rows = em.createNativeQuery("SELECT c.status, c.orders + (SELECT COUNT(*) FROM seal_order o"
                + " WHERE o.in_finished_count = FALSE AND o.status = c.status) FROM finished_order_count c")
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            counts.put(OrderStatus.valueOf((String) cells[0]), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /**
     * Adds up to {@link #BATCH} orders that finished since the last run to the kept counts and marks them counted,
     * in one transaction; the counts' rows are locked first, so that two runs never count an order twice.
     *
     * @return orders counted (fewer than {@link #BATCH}: none are left)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int countFinished() {
        Map<OrderStatus, FinishedOrderCount> kept = em.createQuery("SELECT c FROM FinishedOrderCount c",
                FinishedOrderCount.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(FinishedOrderCount::getStatus, Function.identity()));
        List<Object[]> finished = em.createQuery("SELECT o.id, o.status FROM SealOrder o"
                + " WHERE o.inFinishedCount = FALSE AND o.status IN :final", Object[].class)
                .setParameter("final", FINAL).setMaxResults(BATCH).getResultList();
        if (finished.isEmpty()) {
            return 0;
        }
        Map<OrderStatus, Long> counted = finished.stream().collect(Collectors.groupingBy(
                row -> (OrderStatus) row[1], () -> new EnumMap<>(OrderStatus.class), Collectors.counting()));
        counted.forEach((status, orders) -> kept.computeIfAbsent(status, s -> {
            FinishedOrderCount created = new FinishedOrderCount(s);
            em.persist(created);
            return created;
        }).add(orders));
        // A final status is never left, so these orders stay as they were counted.
        em.createNativeQuery("UPDATE seal_order SET in_finished_count = TRUE WHERE id IN ("
                + finished.stream().map(row -> row[0].toString()).collect(Collectors.joining(",")) + ")")
                .executeUpdate();
        return finished.size();
    }
}
