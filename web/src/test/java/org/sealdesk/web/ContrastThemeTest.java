package org.sealdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContrastThemeTest {

    @Test
    void primaryAndItsShadesDarkenAndAmberDarkensOnlyAsText() {
        assertEquals(".ui-button{background:#1565c0;color:#ffffff}",
                ContrastTheme.rewrite(".ui-button{background:#2196f3;color:#ffffff}"));
        assertEquals(".b:hover{background:#0d47a1}",
                ContrastTheme.rewrite(".b:hover{background:rgb(12.7384615385,136.9384615385,235.6615384615)}"));
        assertEquals(".w{background-color:#fbc02d;color:#212529;border-color:#fbc02d}.o{color:#8a5300}",
                ContrastTheme.rewrite(".w{background-color:#fbc02d;color:#212529;border-color:#fbc02d}.o{color:#fbc02d}"));
    }
}
