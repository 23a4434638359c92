package org.sealdesk.invoice;

import java.io.Serializable;

/** What the invoice request form submits (抬头类型、抬头、税号、邮箱、地址、电话、开户行、账号), unchecked. */
public record BuyerDetails(BuyerType type, String title, String taxNumber, String email, String address, String phone,
        String bank, String account) implements Serializable {

    InvoiceBuyer checked() {
        return InvoiceBuyer.of(type, title, taxNumber, email, address, phone, bank, account);
    }

    static BuyerDetails of(InvoiceBuyer buyer) {
        return new BuyerDetails(buyer.getType(), buyer.getTitle(), buyer.getTaxNumber(), buyer.getEmail(),
                buyer.getAddress(), buyer.getPhone(), buyer.getBank(), buyer.getAccount());
    }
}
