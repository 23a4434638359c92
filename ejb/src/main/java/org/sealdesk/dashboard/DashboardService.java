package org.sealdesk.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    public Dashboard today() {
        Instant now = clock.instant();
        LocalDate today = ServiceZone.dayOf(now);
        OffsetDateTime startOfToday = ServiceZone.startOf(today);

        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, 0L);
        }
        em.createQuery("SELECT o.status, COUNT(o) FROM SealOrder o GROUP BY o.status", Object[].class).getResultList()
                .forEach(row -> byStatus.put((OrderStatus) row[0], (Long) row[1]));

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
        LocalDate first = today.minusDays(CHART_DAYS - 1L);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, 0L);
        }
        em.createQuery("SELECT o.submittedAt FROM SealOrder o WHERE o.submittedAt >= :start", OffsetDateTime.class)
                .setParameter("start", ServiceZone.startOf(first)).getResultStream()
                .map(at -> ServiceZone.dayOf(at.toInstant()))
                .forEach(day -> counts.computeIfPresent(day, (d, n) -> n + 1));
        List<Dashboard.DayCount> days = new ArrayList<>();
        counts.forEach((day, n) -> days.add(new Dashboard.DayCount(day, n)));
        return days;
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
        return Money.ofFen(sum == null ? 0 : ((Number) sum).longValue());
    }
}
