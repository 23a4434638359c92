package org.sealdesk.it.pages;

import java.nio.file.Path;
import org.sealdesk.it.Browser;

/**
 * The application wizard (申请资料) as an applicant drives it: fields by their visible labels, scans by their
 * names, buttons by what they say. Each step method ends when the next step shows.
 */
public final class ApplicationWizard {

    private final Browser browser;

    private ApplicationWizard(Browser browser) {
        this.browser = browser;
    }

    /** The wizard the browser shows now. */
    public static ApplicationWizard shown(Browser browser) {
        browser.waitForPath("/account/apply.xhtml");
        return new ApplicationWizard(browser);
    }

    public String orderNumber() {
        return browser.field("orderNumber").getText();
    }

    public ApplicationWizard fill(String label, String text) {
        browser.fill(label, text);
        return this;
    }

    /** Uploads a scan into the field named for it, and waits until the page lists it as uploaded. */
    public ApplicationWizard attach(String scan, Path file) {
        browser.attach(scan, file);
        browser.waitForText("已上传：" + file.getFileName());
        return this;
    }

    /** The first step of a personal seal: the person and the two sides of the ID card. */
    public ApplicationWizard person(String name, String idNumber, String mobile, Path idFront, Path idBack) {
        return fill("法定代表人姓名", name).fill("法定代表人身份证号码", idNumber).fill("法定代表人手机号码", mobile)
                .attach("法定代表人身份证正面", idFront).attach("法定代表人身份证反面", idBack);
    }

    /** The validity step: the certificate years (as the option reads, "1 年 · …") and the impression form. */
    public ApplicationWizard years(int years, Path impressionForm) {
        browser.pick(years + " 年");
        return attach("印模采集表扫描件", impressionForm);
    }

    /** The mailing step, in Zhaoqing. */
    public ApplicationWizard mailTo(String recipient, String mobile, String district, String street) {
        return fill("收件人", recipient).fill("收件人手机号码", mobile).fill("省", "广东省").fill("市", "肇庆市")
                .fill("区/县", district).fill("详细地址", street);
    }

    /** 下一步, and waits for {@code nextStepShows} on the step it leads to. */
    public ApplicationWizard next(String nextStepShows) {
        browser.press("下一步");
        browser.waitForText(nextStepShows);
        return this;
    }

    /** 提交资料 on the confirm step. */
    public void submit() {
        browser.press("提交资料");
    }
}
