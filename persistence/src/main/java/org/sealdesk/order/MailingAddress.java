package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    public MailingAddress(String recipient, String mobile, String province, String city, String district,
            String street) {
        this.recipient = recipient;
        this.mobile = mobile;
        this.province = province;
        this.city = city;
        this.district = district;
        this.street = street;
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
