package org.sealdesk.order;

import java.util.ArrayList;
import java.util.List;

/**
 * What the seal impression collection form (印模采集表) prints for one order. Enterprise orders
 * have a unit; personal orders print the legal representative only.
 */
public record ImpressionForm(String orderNumber, OrderKind kind, String unitName, String creditCode,
        String legalRepresentative) {

    static final String TITLE = "电子印章印模采集表";
    static final String INSTRUCTIONS = "请打印本表，在框内加盖实物印章并签名，扫描后在申领页面上传。";

    /** Label and value lines, in print order. */
    List<String[]> fields() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"订单号", orderNumber});
        lines.add(new String[] {"办理类型", kind.namesUnit() ? "企业公章及法定代表人签名印章" : "个人印章"});
        if (unitName != null) {
            lines.add(new String[] {"单位名称", unitName});
            lines.add(new String[] {"统一社会信用代码", creditCode});
        }
        lines.add(new String[] {"法定代表人", legalRepresentative});
        return lines;
    }

    /** The boxes for physical impressions and signatures. */
    List<String> boxes() {
        return unitName != null
                ? List.of("单位公章印模（加盖实物公章）", "法定代表人签名", "经办人签名及日期")
                : List.of("法定代表人签名", "法定代表人私章印模（如有）", "经办人签名及日期");
    }

    /** Every text the form prints, for checking that the font has all of it. */
    public String printedText() {
        StringBuilder text = new StringBuilder(TITLE).append(INSTRUCTIONS);
        fields().forEach(f -> text.append(f[0]).append(f[1]));
        boxes().forEach(text::append);
        return text.toString();
    }
}
