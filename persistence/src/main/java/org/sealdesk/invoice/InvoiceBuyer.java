package org.sealdesk.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Validation;
import org.sealdesk.identity.CreditCode;

/**
 * The buyer as the invoice names it (购买方): type, title (抬头), taxpayer number (a unit's unified social credit
 * code, checked), the email the invoice goes to, and the optional address, phone, bank and account.
 */
@Embeddable
public class InvoiceBuyer {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,20}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9 -]{6,40}");

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type", nullable = false, length = 10)
    private BuyerType type;

    @Column(name = "buyer_title", nullable = false, length = 100)
    private String title;

    @Column(name = "buyer_tax_number", length = 20)
    private String taxNumber;

    @Column(name = "buyer_email", nullable = false, length = 100)
    private String email;

    @Column(name = "buyer_address", length = 200)
    private String address;

    @Column(name = "buyer_phone", length = 20)
    private String phone;

    @Column(name = "buyer_bank", length = 100)
    private String bank;

    @Column(name = "buyer_account", length = 40)
    private String account;

    protected InvoiceBuyer() {
    }

    /**
     * A buyer, every part checked; all refusals come together, each naming its field (buyerType, title, taxNumber,
     * email, address, phone, bank, account).
     */
    public static InvoiceBuyer of(BuyerType type, String title, String taxNumber, String email, String address,
            String phone, String bank, String account) {
        Validation checks = new Validation();
        InvoiceBuyer buyer = new InvoiceBuyer();
        buyer.type = checks.check("buyerType", () -> {
            if (type == null) {
                throw new RuleViolation("validation.buyerType.required");
            }
            return type;
        });
        buyer.title = checks.check("title", () -> Validation.required(title, 100, "validation.invoiceTitle.required"));
        buyer.taxNumber = checks.check("taxNumber", () -> type == BuyerType.UNIT ? new CreditCode(taxNumber).value()
                : optional(taxNumber, 20, null, "validation.taxNumber.invalid"));
        buyer.email = checks.check("email", () -> {
            String given = Validation.required(email, 100, "validation.email.required");
            if (!EMAIL.matcher(given).matches()) {
                throw new RuleViolation("validation.email.invalid");
            }
            return given;
        });
        buyer.address = checks.check("address", () -> optional(address, 200, null, "validation.invoiceAddress.tooLong"));
        buyer.phone = checks.check("phone", () -> optional(phone, 20, PHONE, "validation.invoicePhone.invalid"));
        buyer.bank = checks.check("bank", () -> optional(bank, 100, null, "validation.bank.tooLong"));
        buyer.account = checks.check("account", () -> optional(account, 40, ACCOUNT, "validation.bankAccount.invalid"));
        checks.done();
        return buyer;
    }

    private static String optional(String value, int maxLength, Pattern format, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        if (given.length() > maxLength || format != null && !format.matcher(given).matches()) {
            throw new RuleViolation(messageKey, maxLength);
        }
        return given;
    }

    public BuyerType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getBank() {
        return bank;
    }

    public String getAccount() {
        return account;
    }
}
