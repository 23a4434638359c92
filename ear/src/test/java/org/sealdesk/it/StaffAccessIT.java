package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Staff sign-in and roles: every demo role against every back-office screen. The pages only need a
 * staff sign-in; what each may see is decided by the services' @RolesAllowed, so a 403 here is an
 * EJB refusing the caller, and each refusal lands in the audit log.
 */
class StaffAccessIT {

    /** A back-office screen, its heading, and the roles whose service lets them in. */
    private record Screen(String path, String heading, List<String> allowed) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("/staff/index.xhtml", "工作台", List.of("ADMIN", "REVIEWER", "PRODUCER", "SHIPPER", "FINANCE")),
            new Screen("/staff/queue.xhtml", "订单审核", List.of("REVIEWER")),
            new Screen("/staff/finance.xhtml", "财务管理", List.of("FINANCE")),
            new Screen("/staff/audit.xhtml", "审计日志", List.of("ADMIN")),
            new Screen("/staff/users.xhtml", "人员管理", List.of("ADMIN")),
            new Screen("/staff/prices.xhtml", "价格管理", List.of("ADMIN")),
            new Screen("/staff/partners.xhtml", "合作平台", List.of("ADMIN")));

    @Test
    void everyRoleReachesItsScreensAndIsRefusedTheOthers() {
        Map<String, Staff.Member> members = new LinkedHashMap<>();
        Map<String, FacesClient> clients = new LinkedHashMap<>();
        for (String role : List.of("ADMIN", "REVIEWER", "PRODUCER", "SHIPPER", "FINANCE")) {
            members.put(role, Staff.create(role));
            clients.put(role, members.get(role).signedIn());
        }
        clients.forEach((role, client) -> {
            for (Screen screen : SCREENS) {
                int status = client.get(screen.path()).statusCode();
                String heading = client.page().select("main h1").text();
                String where = role + " on " + screen.path();
                if (screen.allowed().contains(role)) {
                    assertEquals(200, status, where);
                    assertEquals(screen.heading(), heading, where);
                } else {
                    assertEquals(403, status, where);
                    assertTrue(client.page().getElementById("forbidden") != null, where + " is told why: " + client.page().text());
                    assertFalse(heading.contains(screen.heading()), where + " sees none of the screen");
                }
            }
            assertEquals(role.equals("ADMIN") ? 200 : 403, client.get("/staff/api/audit-chain").statusCode(),
                    role + " on the audit-chain API");
        });

        FacesClient admin = clients.get("ADMIN");
        admin.get("/staff/audit.xhtml");
        String refusals = admin.submit("auditForm", "search",
                Map.of("actor", members.get("REVIEWER").username(), "action", "access.denied")).text();
        assertTrue(refusals.contains("/staff/finance.xhtml") && refusals.contains("拒绝"),
                "the reviewer's refused visit to the finance screen is in the audit log: " + refusals);

        String chain = admin.get("/staff/api/audit-chain").body();
        assertTrue(chain.contains("\"intact\":true"), chain);
    }

    @Test
    void strangersAreSentToTheStaffSignInPage() {
        FacesClient stranger = FacesClient.forServer();
        stranger.get("/staff/queue.xhtml");
        assertEquals("/staff/login.xhtml", stranger.currentPath());
    }

    @Test
    void theJsonApiAnswersStrangersAndOtherRolesInJson() {
        HttpResponse<String> stranger = FacesClient.forServer().get("/staff/api/audit-chain");
        assertEquals(401, stranger.statusCode());
        assertEquals("application/json", stranger.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(stranger.body().contains("\"error\":\"unauthorized\""), stranger.body());
        HttpResponse<String> reviewer = Staff.create("REVIEWER").signedIn().get("/staff/api/audit-chain");
        assertEquals(403, reviewer.statusCode());
        assertEquals("application/json", reviewer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(reviewer.body().contains("\"error\":\"forbidden\""), reviewer.body());
    }

    @Test
    void aStaffLinkFollowedSignedOutLeadsThereAfterSigningIn() {
        Staff.Member member = Staff.create("ADMIN");
        String code = member.nextCode();
        FacesClient admin = FacesClient.forServer();
        admin.get("/staff/audit.xhtml?actor=reviewer");
        assertEquals("/staff/login.xhtml", admin.currentPath());
        FacesClient.PartialResponse signedIn = admin.submit("staffSignIn", "signIn",
                Map.of("username", member.username(), "password", member.password(), "code", code));
        assertTrue(signedIn.redirected(), signedIn.text());
        assertEquals("/staff/audit.xhtml?actor=reviewer", admin.currentAddress());
    }

    @Test
    void aStaffSignInEndsWithItsSession() {
        FacesClient finance = Staff.create("FINANCE").signedIn();
        finance.expireSession();
        finance.get("/staff/finance.xhtml");
        assertEquals("/staff/login.xhtml", finance.currentPath());
        assertTrue(finance.page().text().contains("由于长时间未操作，已自动退出"), finance.page().text());
    }

    @Test
    void aSignedInApplicantIsNoStaffMember() {
        Applicant applicant = new Applicant(TestData.newMobile());
        applicant.register(TestData.PASSWORD);
        assertEquals(403, applicant.client.get("/staff/index.xhtml").statusCode());
    }

    @Test
    void aWrongCodeOrPasswordIsRefusedWithoutSayingWhich() {
        Staff.Member shipper = Staff.create("SHIPPER");
        String rightCode = shipper.nextCode();
        FacesClient client = FacesClient.forServer();
        client.get("/staff/login.xhtml");
        String wrongCode = client.submit("staffSignIn", "signIn",
                Map.of("username", shipper.username(), "password", shipper.password(), "code", "000000")).text();
        assertTrue(wrongCode.contains("用户名、密码或动态码不正确"), wrongCode);
        String wrongPassword = client.submit("staffSignIn", "signIn",
                Map.of("username", shipper.username(), "password", "Wrong-pass-1", "code", rightCode)).text();
        assertTrue(wrongPassword.contains("用户名、密码或动态码不正确"), wrongPassword);
        String unknown = client.submit("staffSignIn", "signIn",
                Map.of("username", "nobody", "password", shipper.password(), "code", "123456")).text();
        assertTrue(unknown.contains("用户名、密码或动态码不正确"), unknown);
        assertEquals("/staff/login.xhtml", client.currentPath());

        // The right code now signs in (the failures were fewer than the lock's five).
        FacesClient.PartialResponse signedIn = client.submit("staffSignIn", "signIn",
                Map.of("username", shipper.username(), "password", shipper.password(), "code", rightCode));
        assertTrue(signedIn.redirected() && client.currentPath().equals("/staff/index.xhtml"), signedIn.text());
    }
}
