package org.sealdesk.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Reads codes, messages and email from the demo outbox page, as a tester would. */
final class Outbox {

    private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");

    private Outbox() {
    }

    /** The newest code the outbox shows for {@code mobile}. */
    static String latestCode(String mobile) {
        FacesClient reader = FacesClient.forServer();
        reader.get("/demo/outbox.xhtml");
        for (Element row : reader.page().select("#outbox tbody tr")) {
            if (row.text().contains(mobile)) {
                Matcher code = CODE.matcher(row.text());
                if (code.find()) {
                    return code.group(1);
                }
            }
        }
        throw new AssertionError("No code for " + mobile + " in the outbox:\n" + reader.page().text());
    }

    /** The newest message the outbox shows for {@code mobile}. */
    static String latestMessage(String mobile) {
        FacesClient reader = FacesClient.forServer();
        reader.get("/demo/outbox.xhtml");
        return reader.page().select("#outbox tbody tr").stream().map(Element::text).filter(row -> row.contains(mobile))
                .findFirst().orElseThrow(() -> new AssertionError("No message for " + mobile + " in the outbox"));
    }

    /** The newest email the outbox shows for {@code address}: time, recipient, subject and attachment. */
    static String latestMail(String address) {
        FacesClient reader = FacesClient.forServer();
        reader.get("/demo/outbox.xhtml");
        return reader.page().select("#mails tbody tr").stream().map(Element::text).filter(row -> row.contains(address))
                .findFirst().orElseThrow(() -> new AssertionError("No email to " + address + " in the outbox"));
    }

    static long messagesTo(String mobile) {
        FacesClient reader = FacesClient.forServer();
        reader.get("/demo/outbox.xhtml");
        return reader.page().select("#outbox tbody tr").stream().filter(r -> r.text().contains(mobile)).count();
    }
}
