package org.sealdesk.replacement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.sealdesk.account.Account;
import org.sealdesk.account.AccountService;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.SealApplication;
import org.sealdesk.production.TicketKey;
import org.sealdesk.staff.Roles;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.Tickets.Operation;

/**
 * ukey 更换 (manual 1.2.6), its first step: the applicant plugs in the ukey the former CA (深圳 CA) issued and types
 * its PIN; the connector on their PC shows the ukey's certificate and signs the challenge of this service's ticket
 * with that certificate's key. Proven, the certificate fills the application. Each challenge is answered once, and
 * an applicant gets a few an hour.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class ReplacementService {

    static final int CHALLENGES_PER_HOUR = 10;

    /** A challenge for the connector: its id, to answer with, and the ticket the connector signs its challenge of. */
    public record Challenge(long id, String ticket) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    FormerCas formerCas;

    @Inject
    OrderService orders;

    @Inject
    DemoFormerCa demoCa;

    @Inject
    TicketKey ticketKey;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Whether the platform takes former CA ukeys: it trusts a configured former CA, or demo mode's test one. */
    public boolean offered() {
        return formerCas.anyTrusted();
    }

    /** Demo mode's test CA stands in for the former CA: it can issue a former ukey's credentials to try with. */
    public boolean demo() {
        return formerCas.demo();
    }

    /**
     * Demo mode, where its test CA stands in for the former CA: a new key and its certificate from that CA naming the
     * caller by their real name, or a demo unit ({@link DemoFormerCa#DEMO_UNIT}), PEM, to put on a software PKCS#11
     * token as a former ukey (README).
     *
     * @throws RuleViolation replacement.notDemo outside demo mode or where former CA certificates are configured
     */
    public String demoCredential(boolean unit) {
        if (!formerCas.demo()) {
            throw new RuleViolation("replacement.notDemo");
        }
        String realName = accounts.currentApplicant().realName();
        X500Name subject = unit ? new X500Name(DemoFormerCa.DEMO_UNIT)
                : new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, realName == null ? "演示用户" : realName)
                        .addRDN(BCStyle.C, "CN").build();
        audit.success(caller(), "replacement.demoCredential", "demo former CA", subject.toString());
        return demoCa.credential(subject);
    }

    /**
     * @param ukeySerial the former CA ukey's serial, as the connector lists it
     * @throws RuleViolation replacement.notOffered, replacement.ukeySerialInvalid, replacement.tooManyChallenges
     */
    public Challenge challenge(String ukeySerial) {
        if (!offered()) {
            throw new RuleViolation("replacement.notOffered");
        }
        if (ukeySerial == null || ukeySerial.isBlank() || ukeySerial.length() > 64) {
            throw new RuleViolation("replacement.ukeySerialInvalid");
        }
        Account account = accounts.signedIn();
        Instant now = clock.instant();
        long recent = em.createNamedQuery("FormerUkeyProof.countSince", Long.class)
                .setParameter("accountId", account.getId())
                .setParameter("since", Utc.of(now.minus(Duration.ofHours(1)))).getSingleResult();
        if (recent >= CHALLENGES_PER_HOUR) {
            audit.refused(caller(), "replacement.challenge", "former ukey " + ukeySerial, recent + " in the last hour");
            throw new RuleViolation("replacement.tooManyChallenges");
        }
        Tickets.Ticket ticket = Tickets.Ticket.of("former-ukey", 1, Operation.FORMER_CERTIFICATE, ukeySerial, null, now);
        FormerUkeyProof proof = FormerUkeyProof.challenge(account.getId(), ukeySerial, ticket.nonce(), now,
                ticket.expires());
        em.persist(proof);
        em.flush();
        return new Challenge(proof.getId(), ticketKey.issue(ticket));
    }

    /**
     * The connector's answer to the challenge: the former ukey's certificate and its key's signature.
     *
     * @param origin the page's origin, which the connector put in the message it signed
     * @param certificate base64 DER
     * @param signature base64
     * @throws RuleViolation replacement.challengeUnknown (none, or not the caller's), replacement.challengeUsed,
     *     replacement.challengeExpired, and the refusals of {@link FormerCertificateCheck#check}
     */
    public FormerCertificate prove(long challengeId, String origin, String certificate, String signature) {
        FormerUkeyProof proof = em.find(FormerUkeyProof.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (proof == null || proof.getAccountId() != accounts.signedIn().getId()) {
            throw new RuleViolation("replacement.challengeUnknown");
        }
        Instant now = clock.instant();
        proof.requireOpen(now);
        String subject = "former ukey " + proof.getUkeySerial();
        try {
            FormerCertificate former = FormerCertificateCheck.check(formerCas.trust(), decode(certificate), now,
                    Tickets.challenge(origin == null ? "" : origin, proof.getNonce()), decode(signature));
            proof.proven(former.der(), now);
            audit.success(caller(), "replacement.prove", subject, "certificate " + former.serial() + " of "
                    + former.issuer() + ", valid until " + former.notAfter());
            return former;
        } catch (RuleViolation refused) {
            proof.refused(refused.messageKey(), now);
            audit.refused(caller(), "replacement.prove", subject, refused.messageKey());
            throw refused;
        }
    }

    /**
     * 允许替换: a draft replacing the former ukey the caller proved they hold — of what {@code newKind} (企业公章办理 or
     * 个人印章办理) makes —, its application filled from that ukey's certificate, to be completed in the wizard.
     *
     * @param partnerId the partner app whose entry link the applicant followed, or null
     * @return the draft's number
     * @throws RuleViolation replacement.challengeUnknown (no proven challenge of the caller's), replacement.alreadyApplied
     *     (an order stands on that proof), order.realNameRequired
     */
    public String startDraft(OrderKind newKind, long proofId, Long partnerId) {
        FormerUkeyProof proof = em.find(FormerUkeyProof.class, proofId, LockModeType.PESSIMISTIC_WRITE);
        if (proof == null || proof.getAccountId() != accounts.signedIn().getId() || !proof.isProven()) {
            throw new RuleViolation("replacement.challengeUnknown");
        }
        if (em.createNamedQuery("SealOrder.countOnFormerUkeyProof", Long.class).setParameter("proof", proofId)
                .getSingleResult() > 0) {
            throw new RuleViolation("replacement.alreadyApplied");
        }
        OrderKind kind = newKind.replacement();
        FormerCertificate former = FormerCertificate.of(proof.getCertificateDer());
        SealApplication fromCertificate = kind.namesUnit()
                ? new SealApplication(former.organisation() != null ? former.organisation() : former.commonName(),
                        former.creditCode(), null, null, null, null, null)
                : new SealApplication(null, null, null, former.commonName(), null, null, null);
        String number = orders.startDraft(kind, partnerId);
        orders.mine(number, LockModeType.NONE).replaceFormerUkey(proofId, former.issuer(), former.serial(),
                fromCertificate);
        audit.success(caller(), "replacement.apply", number, "former ukey " + proof.getUkeySerial() + ", certificate "
                + former.serial() + " of " + former.issuer());
        return number;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
