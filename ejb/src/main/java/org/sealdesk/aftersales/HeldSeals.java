package org.sealdesk.aftersales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealApplication;
import org.sealdesk.order.SealOrder;
import org.sealdesk.order.SealRequest;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.Seals;

/**
 * Where every after-sales order about the seals an applicant holds starts and is checked (renewal, change,
 * unlock, reissue): the active seals on one ukey, one open order of a kind about them at a time, and the paid order
 * awaiting its online step, always the caller's own.
 */
@ApplicationScoped
public class HeldSeals {

    /** What an order about the ukey that holds a seal means: the ukey's serial, its seals, the price. */
    public record Offer(String ukeySerial, List<String> esIds, Money price) {
    }

    /** An order in one of these is still under way (a rejected one is being corrected). */
    private static final EnumSet<OrderStatus> OPEN = EnumSet.of(OrderStatus.REJECTED, OrderStatus.AWAITING_PAYMENT,
            OrderStatus.AWAITING_REVIEW, OrderStatus.AWAITING_PRODUCTION, OrderStatus.AWAITING_SHIPMENT,
            OrderStatus.SHIPPED, OrderStatus.AWAITING_ONLINE_UPDATE);

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Seals seals;

    @Inject
    Orders orders;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The account's active seals on the ukey that holds its active seal {@code esId}, in the order they were made.
     *
     * @throws RuleViolation seal.notFound for another's seal, or one not active
     */
    public List<Seal> onUkeyOf(String esId, long accountId) {
        Seal chosen = seals.byEsId(esId).filter(seal -> seal.getOwnerAccountId() == accountId
                && seal.getStatus() == SealStatus.ACTIVE).orElseThrow(() -> new RuleViolation("seal.notFound"));
        return seals.ofOwner(accountId).stream().filter(seal -> seal.getStatus() == SealStatus.ACTIVE
                && chosen.getUkeySerial().equals(seal.getUkeySerial())).sorted(Comparator.comparing(Seal::getId))
                .toList();
    }

    /** An order at {@code price} about the ukey that holds {@code esId}. @throws RuleViolation seal.notFound */
    public Offer offer(String esId, long accountId, Money price) {
        List<Seal> onUkey = onUkeyOf(esId, accountId);
        return new Offer(onUkey.get(0).getUkeySerial(), onUkey.stream().map(Seal::getEsId).toList(), price);
    }

    /**
     * An order of {@code kind} about {@code onUkey}, awaiting payment; {@code mailing} where a ukey is posted.
     *
     * @return its number
     * @throws RuleViolation heldSeal.alreadyOrdered (with the open order's number)
     */
    public String order(OrderKind kind, long accountId, String actor, List<Seal> onUkey, int years, Money amount,
            MailingAddress mailing) {
        ensureNoneOpen(kind, onUkey);
        Instant now = clock.instant();
        return persisted(SealOrder.aboutSeals(kind, accountId, orders.unusedNumber(ServiceZone.dayOf(now)),
                requests(onUkey), years, amount, mailing, now), actor, onUkey);
    }

    /**
     * A change of the names on {@code onUkey}: the applicant's draft of it if one is begun, else a new one starting
     * from {@code current} (the application the seals were last made from).
     *
     * @return its number
     * @throws RuleViolation heldSeal.alreadyOrdered (with the open order's number)
     */
    public String changeDraft(long accountId, String actor, List<Seal> onUkey, SealApplication current) {
        List<Long> ids = onUkey.stream().map(Seal::getId).toList();
        Optional<SealOrder> begun = orders.aboutSeals(ids, OrderKind.CHANGE, EnumSet.of(OrderStatus.DRAFT)).stream()
                .findFirst();
        if (begun.isPresent()) {
            return begun.get().getNumber().value();
        }
        ensureNoneOpen(OrderKind.CHANGE, onUkey);
        Instant now = clock.instant();
        return persisted(SealOrder.change(accountId, orders.unusedNumber(ServiceZone.dayOf(now)), requests(onUkey),
                current, now), actor, onUkey);
    }

    private void ensureNoneOpen(OrderKind kind, List<Seal> onUkey) {
        orders.aboutSeals(onUkey.stream().map(Seal::getId).toList(), kind, OPEN).stream().findFirst()
                .ifPresent(open -> {
                    throw new RuleViolation("heldSeal.alreadyOrdered", open.getNumber().value());
                });
    }

    private static List<SealRequest> requests(List<Seal> onUkey) {
        return onUkey.stream().map(seal -> SealRequest.about(seal.getId(), seal.getType(), seal.getHolderName()))
                .toList();
    }

    private String persisted(SealOrder order, String actor, List<Seal> onUkey) {
        em.persist(order);
        audit.success(actor, order.getKind().name().toLowerCase() + ".order", order.getNumber().value(),
                onUkey.stream().map(Seal::getEsId).toList().toString());
        return order.getNumber().value();
    }

    /**
     * The account's order of {@code kind}, paid and awaiting its online step.
     *
     * @throws RuleViolation order.notFound (not the account's), heldSeal.notAwaiting
     */
    public SealOrder awaiting(String number, long accountId, OrderKind kind, LockModeType lock) {
        return awaiting(number, accountId, kind::equals, lock);
    }

    /** The account's renewal or change, paid (and approved) and awaiting its rekeying. @see #awaiting */
    public SealOrder awaitingRekeying(String number, long accountId, LockModeType lock) {
        return awaiting(number, accountId, OrderKind::rekeysOnline, lock);
    }

    private SealOrder awaiting(String number, long accountId, Predicate<OrderKind> kind, LockModeType lock) {
        SealOrder order = orders.ownedBy(accountId, OrderNumber.sought(number), lock);
        if (order.getStatus() != OrderStatus.AWAITING_ONLINE_UPDATE || !kind.test(order.getKind())) {
            throw new RuleViolation("heldSeal.notAwaiting");
        }
        return order;
    }

    /** The seals the order is about, each still active. @throws RuleViolation heldSeal.notActive */
    public List<Seal> of(SealOrder order) {
        return order.getSeals().stream().map(request -> {
            Seal seal = em.find(Seal.class, request.getSealId());
            if (seal.getStatus() != SealStatus.ACTIVE) {
                throw new RuleViolation("heldSeal.notActive");
            }
            return seal;
        }).toList();
    }
}
