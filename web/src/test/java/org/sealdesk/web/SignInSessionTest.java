package org.sealdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a sign-in may land: only on our own pages, with their query, never anywhere else. */
class SignInSessionTest {

    @Test
    void ownPagesKeepTheirQuery() {
        assertEquals(Optional.of("/account/order.xhtml?number=SD2026120212345678"),
                SignInSession.ownPage("/account/order.xhtml?number=SD2026120212345678", "/"));
        assertEquals(Optional.of("/staff/review.xhtml?number=SD1&tab=2"), SignInSession.ownPage("/staff/review.xhtml?number=SD1&tab=2", "/staff/"));
        assertEquals(Optional.of("/index.xhtml?x=.xhtml"), SignInSession.ownPage("/index.xhtml?x=.xhtml", "/"));
    }

    @Test
    void anythingElseLandsAtHome() {
        for (String next : new String[] {null, "", "//evil.example/a.xhtml", "https://evil.example/a.xhtml",
                "/account/../staff/index.xhtml", "/account/%2e%2e/x.xhtml", "javascript:alert(1)//.xhtml",
                "/account/orders.xhtml#frag", "/account/files/x.pdf", "/a b.xhtml", "/x.xhtml\r\nSet-Cookie: a=b",
                "\\\\evil.example\\a.xhtml", "/account/index.xhtml?next=x\n"}) {
            assertEquals(Optional.empty(), SignInSession.ownPage(next, "/"), String.valueOf(next));
        }
        assertEquals(Optional.empty(), SignInSession.ownPage("/account/index.xhtml", "/staff/"), "a staff sign-in stays in the back office");
    }
}
