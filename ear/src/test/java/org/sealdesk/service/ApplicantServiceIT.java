package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sealdesk.replacement.FormerCa;
import org.sealdesk.replacement.FormerCertificate;
import org.sealdesk.replacement.ReplacementService;
import org.sealdesk.review.ReviewCase;
import org.sealdesk.review.ReviewService;
import org.sealdesk.token.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.AccountService;
import org.sealdesk.account.IdentityCheck;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.it.ExpectedServerLog;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderSummary;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.SealOrder;
import org.sealdesk.payment.PaymentJobs;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.payment.PaymentStatus;
import org.sealdesk.payment.PaymentView;
import org.sealdesk.payment.SandboxCashier;
import org.sealdesk.payment.TradeState;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/**
 * The applicant's account and orders in the container: SMS codes, account security, ownership of orders, the
 * named person's check, payments.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicantServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    AccountService accounts;

    @Inject
    OrderService orders;

    @Inject
    PaymentService payments;

    @Inject
    PaymentJobs jobs;

    @Inject
    SandboxCashier sandbox;

    @Inject
    ReplacementService replacement;

    @Inject
    ServerResources server;

    @Inject
    ReviewService reviews;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    // SMS codes in the container: a code is good for five minutes, and the clock is moved rather than waited for.

    @Test
    void aCodeOlderThanFiveMinutesIsRefusedAndTheNumberStaysUnregistered() {
        MobileNumber mobile = new MobileNumber("13912345" + String.format("%03d", (int) (Math.random() * 1000)));
        accounts.requestCode(mobile, SmsPurpose.REGISTER);
        String code = Applicants.latestCode(mobile);
        TestClock.advance(Duration.ofMinutes(5).plusSeconds(1));
        RuleViolation expired = assertThrows(RuleViolation.class, () -> accounts.register(mobile, code, Applicants.PASSWORD));
        assertEquals("sms.code.expired", expired.messageKey());
        accounts.requestCode(mobile, SmsPurpose.REGISTER); // still free to register
    }

    // 账户安全: a signed-in applicant changes the password with the current one, the number with a code to each.

    private static final String NEW_PASSWORD = "Stamp2027desk";

    @Test
    void thePasswordChangesOnlyWithTheCurrentOneAndWrongTriesCountTowardsTheLock() {
        Applicants.signedInAndVerified("冯二二");
        MobileNumber mobile = accounts.signedIn().getMobile();

        RuleViolation wrong = assertThrows(RuleViolation.class, () -> accounts.changePassword("Wrong2026pass", NEW_PASSWORD));
        assertEquals("account.password.wrong", wrong.messageKey());
        assertEquals("currentPassword", wrong.field());
        assertEquals(9, wrong.arguments()[0], "the same ten tries as signing in");
        assertEquals("validation.password.weak",
                assertThrows(RuleViolation.class, () -> accounts.changePassword(Applicants.PASSWORD, "short")).messageKey());

        accounts.changePassword(Applicants.PASSWORD, NEW_PASSWORD);
        assertTrue(Applicants.latestMessage(mobile).contains("您的账户登录密码已修改。如非本人操作"),
                Applicants.latestMessage(mobile));
        assertEquals("signIn.badPassword", assertThrows(RuleViolation.class,
                () -> accounts.signInWithPassword(mobile, Applicants.PASSWORD)).messageKey());
        accounts.signInWithPassword(mobile, NEW_PASSWORD);
    }

    @Test
    @ExpectedServerLog("CHANGE_MOBILE codes go only to a signed-in applicant")
    void theNumberChangesWithACodeToEachNumberAndOnlyToANumberNoAccountHolds() {
        long taken = Applicants.signedInAndVerified("陈二三");
        MobileNumber takenMobile = accounts.signedIn().getMobile();
        long account = Applicants.signedInAndVerified("褚二四");
        MobileNumber old = accounts.signedIn().getMobile();
        MobileNumber fresh = new MobileNumber("137" + String.format("%08d", taken % 100_000_000));
        TestClock.advance(Duration.ofMinutes(1)); // past the wait after the registration code

        assertEquals("register.mobileTaken", assertThrows(RuleViolation.class,
                () -> accounts.requestCodeForNewMobile(takenMobile)).messageKey());
        assertThrows(EJBException.class, () -> accounts.requestCode(old, SmsPurpose.CHANGE_MOBILE),
                "a stranger cannot have change codes sent to someone's number");
        accounts.requestCodeForCurrentMobile();
        String currentCode = Applicants.latestCode(old);
        accounts.requestCodeForNewMobile(fresh);
        String newCode = Applicants.latestCode(fresh);

        RuleViolation swapped = assertThrows(RuleViolation.class, () -> accounts.changeMobile(newCode, fresh, currentCode));
        assertEquals("currentCode", swapped.field(), "each code belongs to its own number: " + swapped.messageKey());
        RuleViolation wrongNew = assertThrows(RuleViolation.class, () -> accounts.changeMobile(currentCode, fresh, "000000"));
        assertEquals("code", wrongNew.field());
        assertEquals("sms.code.wrong", wrongNew.messageKey(), "and the right current code was not spent on it");
        accounts.changeMobile(currentCode, fresh, newCode);
        assertTrue(Applicants.latestMessage(old).contains("您的账户绑定手机号已更换为" + fresh.masked()),
                "the number left is told: " + Applicants.latestMessage(old));

        assertEquals(fresh, accounts.signedIn().getMobile());
        assertEquals("signIn.badCredentials", assertThrows(RuleViolation.class,
                () -> accounts.signInWithPassword(old, Applicants.PASSWORD)).messageKey());
        assertEquals(account, accounts.signInWithPassword(fresh, Applicants.PASSWORD));
        Callers.signIn(Caller.applicant(account));
    }

    // An applicant's orders exist for nobody else: every service call on another's order answers "not found".

    @Test
    void anotherApplicantsOrderIsNotFoundWhateverTheyTry() {
        Applicants.signedInAndVerified("李四");
        String number = orders.startDraft(OrderKind.NEW_PERSONAL_SEAL, null);
        assertEquals(number, orders.find(number).number());

        Applicants.signedInAndVerified("王五");
        for (Runnable attempt : new Runnable[] {
            () -> orders.find(number),
            () -> orders.document(number, DocumentRole.ID_CARD_FRONT),
            () -> orders.upload(number, DocumentRole.ID_CARD_FRONT, "x.png", new byte[] {1}),
            () -> orders.chooseValidity(number, 1),
            () -> orders.impressionForm(number),
            () -> orders.submit(number),
            () -> orders.deleteDraft(number)}) {
            assertEquals("order.notFound", assertThrows(RuleViolation.class, attempt::run).messageKey());
        }
    }

    // Scans are kept encrypted where the configured store keeps them (the embedded server: in their rows; the
    // PostgreSQL one: as files, as in production), with their SHA-256 in the database either way.

    @Test
    void aScanIsKeptEncryptedWhereTheStoreKeepsItAndGoesWhenReplaced() throws Exception {
        Applicants.signedInAndVerified("卫存档");
        String number = orders.startDraft(OrderKind.NEW_PERSONAL_SEAL, null);
        byte[] scan = Orders.scan();
        orders.upload(number, DocumentRole.ID_CARD_FRONT, "front.png", scan);
        KeptScan kept = document(number);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan)), kept.sha256());
        Path directory = ConfigProvider.getConfig().getOptionalValue("sealdesk.documents.directory", String.class)
                .map(Path::of).orElse(null);
        if (directory == null) {
            assertNull(kept.storeKey());
            assertFalse(Arrays.equals(scan, kept.contentCipher()), "encrypted in the row");
        } else {
            assertNull(kept.contentCipher(), "no bytes in the database");
            byte[] file = Files.readAllBytes(directory.resolve(kept.storeKey()));
            assertFalse(Arrays.equals(scan, file) || Collections.indexOfSubList(bytes(file), bytes(scan)) >= 0,
                    "the file is encrypted");
        }
        assertArrayEquals(scan, orders.document(number, DocumentRole.ID_CARD_FRONT).content());

        orders.upload(number, DocumentRole.ID_CARD_FRONT, "again.png", Orders.scan());
        if (directory != null) {
            assertFalse(Files.exists(directory.resolve(kept.storeKey())), "the replaced scan's file is gone");
            String replacing = document(number).storeKey();
            orders.deleteDraft(number);
            assertFalse(Files.exists(directory.resolve(replacing)), "and a deleted draft's");
        }
    }

    /** The scan's row as the database holds it. */
    private record KeptScan(String sha256, String storeKey, byte[] contentCipher) {
    }

    private KeptScan document(String number) {
        Object[] row = server.entityManager().createQuery("SELECT d.sha256, d.storeKey, d.contentCipher"
                + " FROM OrderDocument d, SealOrder o WHERE d.orderId = o.id AND o.number = :number", Object[].class)
                .setParameter("number", number).getSingleResult();
        return new KeptScan((String) row[0], (String) row[1], (byte[]) row[2]);
    }

    private static List<Byte> bytes(byte[] array) {
        List<Byte> list = new ArrayList<>(array.length);
        for (byte b : array) {
            list.add(b);
        }
        return list;
    }

    @Test
    void noServiceAnswersACallerWhoIsNotSignedIn() {
        assertThrows(EJBAccessException.class, () -> orders.myOrders(0, 20));
    }

    @Test
    void theOrderListComesAPageAtATimeNewestFirstAndHoldsOnlyTheApplicantsOwn() {
        Applicants.signedInAndVerified("钱二十");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            started.add(0, orders.startDraft(i % 2 == 0 ? OrderKind.NEW_PERSONAL_SEAL : OrderKind.NEW_ENTERPRISE_SEAL, null));
        }
        assertEquals(25, orders.myOrderCount());
        List<String> firstPage = orders.myOrders(0, 20).stream().map(OrderSummary::number).toList();
        List<String> secondPage = orders.myOrders(20, 20).stream().map(OrderSummary::number).toList();
        assertEquals(started.subList(0, 20), firstPage);
        assertEquals(started.subList(20, 25), secondPage);
        OrderSummary newest = orders.myOrders(0, 1).get(0);
        assertEquals(OrderKind.NEW_PERSONAL_SEAL, newest.kind());
        assertTrue(newest.editable());

        Applicants.signedInAndVerified("孙二一");
        assertEquals(0, orders.myOrderCount());
        assertTrue(orders.myOrders(0, 20).isEmpty());
    }

    // The person an application names is checked by the real-name verifier when the first step is saved (the built-in
    // one here), the outcome kept on the order, and kept while name and number stay as they are.

    @Test
    void theNamedPersonsCheckIsKeptOnTheOrder() {
        Applicants.signedInAndVerified("孙八");
        String number = orders.startDraft(OrderKind.NEW_ENTERPRISE_SEAL, null);
        String idNumber = Applicants.newIdCardNumber();
        orders.describe(number, new ApplicationDetails("肇庆市某某有限公司", "9144030071526726XG", "肇庆市端州区",
                "周九", idNumber, "13700137000"));
        assertEquals(IdentityCheck.CHECKSUM_ONLY, orders.find(number).application().legalRepCheck());
        orders.describe(number, new ApplicationDetails("肇庆市某某有限公司", "9144030071526726XG", "肇庆市端州区路 2 号",
                "周九", "", "13700137000"));
        assertEquals(IdentityCheck.CHECKSUM_ONLY, orders.find(number).application().legalRepCheck(),
                "the same person, the ID number left as entered: the check stands");
    }

    // Payments in the container, on both databases: row locks against double clicks, and the unpaid-order deadline.

    @Test
    void twoCheckoutsAtTheSameMomentMakeOneTrade() throws Exception {
        Applicants.signedInAndVerified("赵六");
        String number = Orders.submittedPersonalOrder("赵六");
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<PaymentView>> checkouts = List.of(
                ServerResources.executor().submit(() -> {
                    together.await();
                    return payments.checkout(number);
                }),
                ServerResources.executor().submit(() -> {
                    together.await();
                    return payments.checkout(number);
                }));
        String first = checkouts.get(0).get().open().outTradeNo();
        String second = checkouts.get(1).get().open().outTradeNo();
        assertEquals(number + "P01", first);
        assertEquals(first, second, "both see the one trade");
        assertEquals(1, payments.status(number).attempts().size());
    }

    @Test
    void anUnpaidOrderClosesWhenItsTimeIsUpAndItsTradeWithIt() {
        Applicants.signedInAndVerified("钱七");
        String number = Orders.submittedPersonalOrder("钱七");
        String trade = payments.checkout(number).open().outTradeNo();

        TestClock.advance(Duration.ofMinutes(29));
        jobs.run();
        assertEquals(OrderStatus.AWAITING_PAYMENT, payments.status(number).orderStatus(), "not yet");

        TestClock.advance(Duration.ofMinutes(2));
        jobs.run();
        PaymentView closed = payments.status(number);
        assertEquals(OrderStatus.CLOSED, closed.orderStatus());
        assertEquals(PaymentStatus.CLOSED, closed.attempts().get(0).status());
        assertEquals(TradeState.CLOSED, sandbox.trade(trade).state(), "its QR code no longer pays");
        assertFalse(sandbox.trade(trade).payable());
    }

    // ukey 更换: the former CA's ukey answers a challenge once, with its certificate and that key's signature; each
    // refusal says why. The stand-in former CA's certificate and CRL go where the server's settings point.

    private static final String ORIGIN = "https://seal.example.cn";

    @Test
    void aFormerCasUkeyIsProvenOnceAndEachRefusalSaysWhy() throws Exception {
        Instant now = Instant.now();
        FormerCa former = FormerCa.create("CN=深圳 CA（测试替身）,O=SealDesk IT,C=CN", now);
        KeyPair holder = FormerCa.rsa();
        String unit = "CN=深圳前海某某科技有限公司,O=深圳前海某某科技有限公司,OU=9144030071526726XG,C=CN";
        X509Certificate good = former.issue(unit, holder.getPublic(), now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(300)));
        X509Certificate revoked = former.issue(unit, holder.getPublic(), now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(300)));
        Config config = ConfigProvider.getConfig();
        writePem(config.getValue("sealdesk.replacement.former-ca-certificates", String.class), "CERTIFICATE",
                former.certificate().getEncoded());
        writePem(config.getValue("sealdesk.replacement.former-ca-crls", String.class), "X509 CRL",
                former.revocationList(now, revoked).getEncoded());
        Applicants.signedInAndVerified("林二四");

        ReplacementService.Challenge challenge = replacement.challenge("SZCA-0001");
        String signature = sign(holder, challenge);
        FormerCertificate read = replacement.prove(challenge.id(), ORIGIN, encode(good.getEncoded()), signature);

        assertEquals("深圳前海某某科技有限公司", read.organisation());
        assertEquals("9144030071526726XG", read.creditCode());
        assertEquals(good.getSerialNumber().toString(16).toUpperCase(), read.serial());
        assertEquals("replacement.challengeUsed", assertThrows(RuleViolation.class, () -> replacement.prove(
                challenge.id(), ORIGIN, encode(good.getEncoded()), signature)).messageKey(), "a replayed answer");

        String number = replacement.startDraft(OrderKind.NEW_ENTERPRISE_SEAL, challenge.id(), null);
        OrderView draft = orders.find(number);
        assertEquals(OrderKind.ENTERPRISE_UKEY_REPLACEMENT, draft.kind());
        assertEquals("深圳前海某某科技有限公司", draft.application().unitName(), "filled from the former certificate");
        assertEquals("9144030071526726XG", draft.application().creditCode());
        SealOrder stored = server.entityManager().createNamedQuery("SealOrder.byNumber", SealOrder.class)
                .setParameter("number", number).getSingleResult();
        assertEquals(read.serial(), stored.getFormerSerial());
        assertEquals(read.issuer(), stored.getFormerIssuer());
        assertEquals("replacement.alreadyApplied", assertThrows(RuleViolation.class,
                () -> replacement.startDraft(OrderKind.NEW_ENTERPRISE_SEAL, challenge.id(), null)).messageKey());
        assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(Orders.submittedEnterprise(number, "深圳前海某某科技有限公司",
                "林二四")).status(), "then the usual steps, as for a new seal");
        Orders.paid(number);
        Callers.signIn(Caller.staff("reviewer-it", Set.of(StaffRole.REVIEWER)));
        ReviewCase review = reviews.open(number);
        assertEquals(read.serial(), review.former().serial(), "the reviewer sees the former certificate");
        assertEquals(read.issuer(), review.former().issuer());
        assertTrue(review.hints().stream().anyMatch(hint -> hint.ok()
                && hint.messageKey().equals("review.hint.former.unit.same")), review.hints().toString());
        assertTrue(review.hints().stream().anyMatch(hint -> hint.ok()
                && hint.messageKey().equals("review.hint.former.creditCode.same")), review.hints().toString());
        reviews.approve(number, review.version());
        assertEquals(OrderStatus.AWAITING_PRODUCTION, reviews.open(number).order().status(), "produced as a new seal");
        Applicants.signedInAndVerified("林二六");

        assertProveRefused("replacement.revoked", revoked, holder);
        assertProveRefused("replacement.notProven", good, FormerCa.rsa());
        assertProveRefused("replacement.unknownIssuer", FormerCa.create("CN=深圳 CA（测试替身）,O=SealDesk IT,C=CN", now)
                .issue(unit, holder.getPublic(), now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300))), holder);
        assertProveRefused("replacement.expired", former.issue(unit, holder.getPublic(), now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1))), holder);

        ReplacementService.Challenge late = replacement.challenge("SZCA-0001");
        TestClock.advance(Duration.ofMinutes(3));
        assertEquals("replacement.challengeExpired", assertThrows(RuleViolation.class, () -> replacement.prove(
                late.id(), ORIGIN, encode(good.getEncoded()), sign(holder, late))).messageKey());
        Applicants.signedInAndVerified("林二五");
        assertEquals("replacement.challengeUnknown", assertThrows(RuleViolation.class, () -> replacement.prove(
                challenge.id(), ORIGIN, encode(good.getEncoded()), signature)).messageKey(), "another applicant's");
        assertEquals("replacement.challengeUnknown", assertThrows(RuleViolation.class,
                () -> replacement.startDraft(OrderKind.NEW_ENTERPRISE_SEAL, challenge.id(), null)).messageKey());
    }

    private void assertProveRefused(String reason, X509Certificate certificate, KeyPair signer) throws Exception {
        ReplacementService.Challenge challenge = replacement.challenge("SZCA-0001");
        assertEquals(reason, assertThrows(RuleViolation.class, () -> replacement.prove(challenge.id(), ORIGIN,
                encode(certificate.getEncoded()), sign(signer, challenge))).messageKey());
    }

    /** What the connector signs: the message it builds from the ticket's nonce and the page's origin. */
    private static String sign(KeyPair keys, ReplacementService.Challenge challenge) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(challenge.ticket().split("\\.")[0]),
                StandardCharsets.UTF_8);
        String nonce = Json.createReader(new StringReader(payload)).readObject().getString("nonce");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(Tickets.challenge(ORIGIN, nonce));
        return encode(signature.sign());
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void writePem(String file, String type, byte[] der) throws Exception {
        Path path = Path.of(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n");
    }
}
