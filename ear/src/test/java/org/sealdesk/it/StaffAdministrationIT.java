package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.sealdesk.staff.Totp;

/** An administrator adds a reviewer, who enrols an authenticator at the first sign-in; disabling locks them out. */
class StaffAdministrationIT {

    @Test
    void aNewMemberEnrolsAtTheFirstSignInAndADisabledOneCannotSignIn() {
        String username = "rev" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        FacesClient admin = Staff.create("ADMIN").signedIn();
        admin.get("/staff/users.xhtml");
        String weak = admin.submit("createForm", "create", Map.of("username", username, "displayName", "新审核员",
                "password", "short", "roles", "REVIEWER")).text();
        assertTrue(weak.contains("密码"), "a weak password is refused next to its field: " + weak);
        String created = admin.submit("createForm", "create", Map.of("username", username, "displayName", "新审核员",
                "password", "Initial-pass-1", "roles", "REVIEWER")).text();
        assertTrue(created.contains("已新增工作人员 " + username) && created.contains("未绑定验证器"), created);

        FacesClient member = FacesClient.forServer();
        member.get("/staff/login.xhtml");
        String enrolment = member.submit("staffSignIn", "signIn",
                Map.of("username", username, "password", "Initial-pass-1", "code", "")).text();
        assertTrue(enrolment.contains("首次登录"), enrolment);
        String secret = enrolment.replaceAll("(?s).*手动输入密钥：\\s*([A-Z2-7]{32}).*", "$1");
        assertTrue(secret.matches("[A-Z2-7]{32}"), "the enrolment shows the secret: " + enrolment);
        FacesClient.PartialResponse signedIn = member.submit("staffSignIn", "signIn", Map.of("username", username,
                "password", "Initial-pass-1", "code", Totp.codeAt(secret, Instant.now())));
        assertTrue(signedIn.redirected(), signedIn.text());
        assertEquals(200, member.get("/staff/queue.xhtml").statusCode(), "the new reviewer reviews");
        assertEquals("订单审核", member.page().select("main h1").text());
        assertEquals(403, member.get("/staff/users.xhtml").statusCode(), "but does not administer");
        assertTrue(member.page().getElementById("forbidden") != null && member.page().select("main h1").isEmpty(),
                member.page().text());

        admin.get("/staff/users.xhtml");
        String toggle = admin.rowButton("membersForm", "members", username, "toggle");
        String disabled = admin.submit("membersForm", toggle, "membersForm:" + toggle, Map.of()).text();
        assertTrue(disabled.contains(username + " 已停用"), disabled);

        FacesClient again = FacesClient.forServer();
        again.get("/staff/login.xhtml");
        String refused = again.submit("staffSignIn", "signIn", Map.of("username", username, "password",
                "Initial-pass-1", "code", Totp.codeAt(secret, Instant.now().plusSeconds(30)))).text();
        assertTrue(refused.contains("该账号已停用"), refused);
    }
}
