package org.sealdesk.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.sealdesk.common.Money;
import org.sealdesk.order.OrderView;
import org.sealdesk.web.Feedback;

/** Words for enum values on pages, from the site bundle (orderKind.X, orderStatus.X, documentRole.X). */
@Named
@ApplicationScoped
public class OrderLabels {

    public String of(Enum<?> value) {
        return label(value);
    }

    public static String label(Enum<?> value) {
        return value == null ? "" : Feedback.text(value.getDeclaringClass().getSimpleName().substring(0, 1).toLowerCase()
                + value.getDeclaringClass().getSimpleName().substring(1) + "." + value.name());
    }

    /** 企业公章（单位名）、法定代表人签名章（姓名）… */
    public String seals(List<OrderView.Seal> seals) {
        return seals.isEmpty() ? "—" : seals.stream().map(seal -> of(seal.type()) + "（" + seal.holderName() + "）")
                .collect(Feedback.listing());
    }

    public String money(Money amount) {
        return amount == null ? "—" : amount.display();
    }
}
