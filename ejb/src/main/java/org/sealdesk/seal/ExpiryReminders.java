package org.sealdesk.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sealdesk.account.Account;
import org.sealdesk.ca.CertificateAuthority;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.sms.SmsGateway;

/**
 * Reminders before a seal's certificate expires (续期 reminders): 60, 30 and 7 days ahead, each once per
 * certificate. A certificate first seen inside a step gets that step's reminder only (25 days left: the 30-day one,
 * not the 60-day one too). One SMS per holder and step, naming every seal due, with the link to the seal page
 * where renewal starts.
 */
@Stateless
@PermitAll
public class ExpiryReminders {

    /** Days ahead of expiry, nearest first: a run deals with the nearest step first. */
    public static final List<Integer> STEPS = List.of(7, 30, 60);

    /** The seals of one holder due for the reminder {@code daysBefore} days ahead. */
    public record Due(long accountId, int daysBefore, List<Long> sealIds) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Seals seals;

    @Inject
    SmsGateway sms;

    @Inject
    CertificateAuthority ca;

    @Inject
    Clock clock;

    /** Who is due for the reminder {@code daysBefore} days ahead now, by holder; at most {@code limit} seals. */
    public List<Due> due(int daysBefore, int limit) {
        Instant now = clock.instant();
        Map<Long, List<Long>> byHolder = new LinkedHashMap<>();
        for (Seal seal : seals.dueForReminder(now, now.plus(Duration.ofDays(daysBefore)), daysBefore, limit)) {
            byHolder.computeIfAbsent(seal.getOwnerAccountId(), account -> new ArrayList<>()).add(seal.getId());
        }
        return byHolder.entrySet().stream().map(entry -> new Due(entry.getKey(), daysBefore, entry.getValue()))
                .toList();
    }

    /**
     * Records the reminders and texts the holder, in one transaction: a reminder already recorded (another server,
     * an earlier run) fails the insert and nothing is sent; a text the provider refuses leaves nothing recorded, so
     * the next run tries again.
     */
    public void remind(Due due) {
        Instant now = clock.instant();
        List<Seal> dueSeals = due.sealIds().stream().map(id -> em.find(Seal.class, id)).toList();
        for (Seal seal : dueSeals) {
            em.persist(new ExpiryReminder(seal.getCertificateId(), due.daysBefore(), now));
        }
        em.flush();
        LocalDate today = ServiceZone.dayOf(now);
        LocalDate expiry = dueSeals.stream().map(seal -> ServiceZone.dayOf(seal.getValidTo())).min(LocalDate::compareTo)
                .orElseThrow();
        sms.sendExpiryReminder(em.find(Account.class, due.accountId()).getMobile(), SealService.inWords(dueSeals),
                expiry, ChronoUnit.DAYS.between(today, expiry), ca.siteUrl() + "/account/seals.xhtml");
    }
}
