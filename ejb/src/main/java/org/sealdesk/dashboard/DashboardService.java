package org.sealdesk.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.sealdesk.common.Money;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.common.Utc;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.payment.RefundStatus;
import org.sealdesk.staff.Roles;

/** Counts for the staff home page; every staff role may read them. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class DashboardService {

    static final int CHART_DAYS = 14;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    FinishedOrders finished;

    public Dashboard today() {
        Instant now = clock.instant();
        LocalDate today = ServiceZone.dayOf(now);
        OffsetDateTime startOfToday = ServiceZone.startOf(today);

        // Orders still moving are few and read through the status index; finished ones are kept counted.
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, 0L);
        }
        em.createQuery("SELECT o.status, COUNT(o) FROM SealOrder o WHERE o.status IN :moving GROUP BY o.status",
                Object[].class).setParameter("moving", EnumSet.complementOf(EnumSet.copyOf(FinishedOrders.FINAL)))
                .getResultList().forEach(row -> byStatus.put((OrderStatus) row[0], (Long) row[1]));
        byStatus.putAll(finished.byStatus());

        long overdue = em.createQuery("SELECT COUNT(o) FROM SealOrder o WHERE o.status = :status"
                + " AND o.reviewRequestedAt < :since", Long.class).setParameter("status", OrderStatus.AWAITING_REVIEW)
                .setParameter("since", Utc.of(oneWorkingDayBefore(now))).getSingleResult();

        Object[] paid = em.createQuery("SELECT COUNT(p), SUM(p.amountFen) FROM Payment p WHERE p.paidAt >= :start",
                Object[].class).setParameter("start", startOfToday).getSingleResult();
        Object[] refunded = em.createQuery("SELECT COUNT(r), SUM(r.amountFen) FROM Refund r WHERE r.createdAt >= :start"
                + " AND r.status <> :failed", Object[].class).setParameter("start", startOfToday)
                .setParameter("failed", RefundStatus.FAILED).getSingleResult();

        return new Dashboard(byStatus, overdue, (Long) paid[0], fen(paid[1]), (Long) refunded[0], fen(refunded[1]),
                applicationsPerDay(today));
    }

    private List<Dashboard.DayCount> applicationsPerDay(LocalDate today) {
        List<LocalDate> days = today.minusDays(CHART_DAYS - 1L).datesUntil(today.plusDays(1)).toList();
        // One pass over the fortnight's range of the submission index, counting each day's.
        StringJoiner perDay = new StringJoiner(", ", "SELECT ", " FROM SealOrder o"
                + " WHERE o.submittedAt >= :day0 AND o.submittedAt < :day" + days.size());
        for (int i = 0; i < days.size(); i++) {
            perDay.add("SUM(CASE WHEN o.submittedAt >= :day" + i + " AND o.submittedAt < :day" + (i + 1)
                    + " THEN 1 ELSE 0 END)");
        }
        TypedQuery<Object[]> query = em.createQuery(perDay.toString(), Object[].class);
        for (int i = 0; i <= days.size(); i++) {
            query.setParameter("day" + i, ServiceZone.startOf(today.minusDays(CHART_DAYS - 1L - i)));
        }
        Object[] counts = query.getSingleResult();
        List<Dashboard.DayCount> chart = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            chart.add(new Dashboard.DayCount(days.get(i), number(counts[i])));
        }
        return chart;
    }

    /** The same time of day one working day (Monday to Friday) earlier. */
    static Instant oneWorkingDayBefore(Instant now) {
        ZonedDateTime at = now.atZone(ServiceZone.ZONE).minusDays(1);
        while (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY) {
            at = at.minusDays(1);
        }
        return at.toInstant();
    }

    private static Money fen(Object sum) {
        return Money.ofFen(number(sum));
    }

    /** A SUM over no rows is null. */
    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
