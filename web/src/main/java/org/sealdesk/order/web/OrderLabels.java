package org.sealdesk.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sealdesk.common.Money;
import org.sealdesk.web.Feedback;

/** Words for enum values on pages, from the site bundle (orderKind.X, orderStatus.X, documentRole.X). */
@Named
@ApplicationScoped
public class OrderLabels {

    public String of(Enum<?> value) {
        return value == null ? "" : Feedback.text(value.getDeclaringClass().getSimpleName().substring(0, 1).toLowerCase()
                + value.getDeclaringClass().getSimpleName().substring(1) + "." + value.name());
    }

    public String money(Money amount) {
        return amount == null ? "—" : amount.display();
    }
}
