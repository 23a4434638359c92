package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.sealdesk.common.Validation;
import org.sealdesk.identity.MobileNumber;

/** Where the ukey is posted (邮寄信息). */
@Embeddable
public class MailingAddress {

    @Column(name = "recipient_name", length = 50)
    private String recipient;

    @Column(name = "recipient_mobile", length = 11)
    private String mobile;

    @Column(length = 30)
    private String province;

    @Column(length = 30)
    private String city;

    @Column(length = 30)
    private String district;

    @Column(name = "street_address", length = 200)
    private String street;

    protected MailingAddress() {
    }

    private MailingAddress(String recipient, String mobile, String province, String city, String district,
            String street) {
        this.recipient = recipient;
        this.mobile = mobile;
        this.province = province;
        this.city = city;
        this.district = district;
        this.street = street;
    }

    /**
     * A complete address, every part checked; all refusals come together, each naming its field
     * (recipient, mobile, province, city, district, street).
     */
    public static MailingAddress of(String recipient, String mobile, String province, String city, String district,
            String street) {
        Validation checks = new Validation();
        MailingAddress address = checked(checks, recipient, mobile, province, city, district, street);
        checks.done();
        return address;
    }

    /** What of the address passed its checks (the rest left empty), for a draft that keeps what it can. */
    public static MailingAddress checked(Validation checks, String recipient, String mobile, String province,
            String city, String district, String street) {
        return new MailingAddress(
                checks.check("recipient", () -> Validation.required(recipient, 50, "validation.recipient.required")),
                checks.check("mobile", () -> new MobileNumber(mobile).value()),
                checks.check("province", () -> Validation.required(province, 30, "validation.province.required")),
                checks.check("city", () -> Validation.required(city, 30, "validation.city.required")),
                checks.check("district", () -> Validation.required(district, 30, "validation.district.required")),
                checks.check("street", () -> Validation.required(street, 200, "validation.street.required")));
    }

    boolean isComplete() {
        return recipient != null && mobile != null && province != null && city != null && district != null
                && street != null;
    }

    public String oneLine() {
        return province + city + district + street;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMobile() {
        return mobile;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public String getDistrict() {
        return district;
    }

    public String getStreet() {
        return street;
    }
}
