package org.sealdesk.order.web;

import java.io.Serializable;
import java.util.Map;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderView;

/** The mailing step's inputs (收件人、手机号码、省市区、详细地址). */
public class MailingFields implements Serializable {

    private static final long serialVersionUID = 1L;
    private String recipient;
    private String mobile;
    private String province;
    private String city;
    private String district;
    private String street;

    /** What was saved, then what was typed and did not pass (by field id) over it. */
    void fillFrom(OrderView.Mailing saved, Map<String, String> unsaved) {
        if (saved != null) {
            recipient = saved.recipient();
            mobile = saved.mobile();
            province = saved.province();
            city = saved.city();
            district = saved.district();
            street = saved.street();
        }
        recipient = unsaved.getOrDefault("recipient", recipient);
        mobile = unsaved.getOrDefault("mobile", mobile);
        province = unsaved.getOrDefault("province", province);
        city = unsaved.getOrDefault("city", city);
        district = unsaved.getOrDefault("district", district);
        street = unsaved.getOrDefault("street", street);
    }

    public MailingDetails toDetails() {
        return new MailingDetails(recipient, mobile, province, city, district, street);
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
