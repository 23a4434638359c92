package org.sealdesk.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sealdesk.mail.Mailer;

/** Sends an issued invoice (or its red invoice) to the email the buyer gave, with the file attached. */
@ApplicationScoped
public class InvoiceMails {

    @Inject
    Mailer mailer;

    public void issued(String orderNumber, Invoice invoice, Invoicing.Issued issued, boolean red) {
        String what = red ? "红字发票" : "电子发票";
        mailer.send(new Mailer.Mail(invoice.getBuyer().getEmail(), "【肇庆CA电子印章】订单" + orderNumber + "的" + what
                + issued.number(), invoice.getBuyer().getTitle() + "：\n\n您在肇庆CA电子印章平台的订单" + orderNumber + "的" + what
                + "（号码 " + issued.number() + "，价税合计 " + invoice.getAmount().display() + "）已开具，见附件。"
                + (red ? "原发票 " + invoice.getNumber() + " 已作废。" : "")
                + "\n\n也可以登录平台，在“订单列表”中点击“查看开票”下载。",
                "invoice-" + issued.number() + ("application/pdf".equals(issued.contentType()) ? ".pdf" : ".ofd"),
                issued.file()));
    }
}
