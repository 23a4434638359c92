package org.sealdesk.sms.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.mail.OutboxMailer;
import org.sealdesk.sms.OutboxSmsGateway;
import org.sealdesk.web.NotFound;

/** Demo only: the built-in gateway's outbox, so a tester can read the codes it "sent". */
@Named
@RequestScoped
public class OutboxPage {

    private static final int SHOWN = 100;

    @Inject
    SealDeskMode mode;

    @Inject
    OutboxSmsGateway outbox;

    @Inject
    OutboxMailer mailOutbox;

    public void requireDemoMode() throws IOException {
        if (!mode.isDemo()) {
            NotFound.respond();
        }
    }

    public List<OutboxSmsGateway.Kept> getMessages() {
        return outbox.newest(SHOWN);
    }

    public List<OutboxMailer.Kept> getMails() {
        return mailOutbox.newest(SHOWN);
    }
}
