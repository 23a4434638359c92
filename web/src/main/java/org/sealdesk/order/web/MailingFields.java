package org.sealdesk.order.web;

import java.io.Serializable;
import org.sealdesk.order.MailingAddress;

/** The mailing step's inputs (收件人、手机号码、省市区、详细地址). */
public class MailingFields implements Serializable {

    private static final long serialVersionUID = 1L;
    private String recipient;
    private String mobile;
    private String province;
    private String city;
    private String district;
    private String street;

    void fillFrom(MailingAddress saved) {
        if (saved != null) {
            recipient = saved.getRecipient();
            mobile = saved.getMobile();
            province = saved.getProvince();
            city = saved.getCity();
            district = saved.getDistrict();
            street = saved.getStreet();
        }
    }

    MailingAddress toAddress() {
        return new MailingAddress(recipient, mobile, province, city, district, street);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }
}
