package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Staff sessions end after the idle timeout, counted from the last request. Runs on the server with
 * short timers (the WeChat Pay one), where sealdesk.staff.idle-timeout is PT5S.
 */
class StaffIdleTimeoutIT {

    @Test
    void anIdleSessionEndsAndTheSignInPageSaysWhy() throws InterruptedException {
        FacesClient admin = Staff.create("ADMIN").signedIn();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(3_000); // 9 s in all, but never 5 s without a request
            admin.get("/staff/index.xhtml");
            assertEquals("/staff/index.xhtml", admin.currentPath(), "still signed in after request " + i);
        }
        Thread.sleep(7_000);
        admin.get("/staff/index.xhtml");
        assertEquals("/staff/login.xhtml", admin.currentPath());
        assertTrue(admin.page().text().contains("由于长时间未操作，已自动退出，请重新登录。"), admin.page().text());
        admin.get("/staff/audit.xhtml");
        assertEquals("/staff/login.xhtml", admin.currentPath(), "the old session is gone, not just hidden");
    }
}
