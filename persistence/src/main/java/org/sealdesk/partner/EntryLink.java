package org.sealdesk.partner;

import java.util.Set;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;

/**
 * The parameters of a partner entry link. {@code type}: 0 enterprise (企业公章, with the legal
 * representative's seal), 1 personal (个人印章). {@code sealSort}: 1 a new application (新办), 2 a ukey replacement for
 * holders of the former CA's ukey (ukey 更换).
 */
public record EntryLink(int type, String appKey, int sealSort) {

    public static final int ENTERPRISE = 0;
    public static final int PERSONAL = 1;
    public static final int NEW_APPLICATION = 1;
    public static final int UKEY_REPLACEMENT = 2;
    public static final Set<Integer> SEAL_SORTS = Set.of(NEW_APPLICATION, UKEY_REPLACEMENT);

    public static EntryLink parse(String type, String appKey, String sealSort) {
        try {
            EntryLink link = new EntryLink(Integer.parseInt(type.trim()), appKey.trim(), Integer.parseInt(sealSort.trim()));
            link.orderKind();
            return link;
        } catch (NullPointerException | NumberFormatException e) {
            throw new RuleViolation("partner.badLink");
        }
    }

    public OrderKind orderKind() {
        if (!SEAL_SORTS.contains(sealSort)) {
            throw new RuleViolation("partner.badLink");
        }
        OrderKind application = switch (type) {
            case ENTERPRISE -> OrderKind.NEW_ENTERPRISE_SEAL;
            case PERSONAL -> OrderKind.NEW_PERSONAL_SEAL;
            default -> throw new RuleViolation("partner.badLink");
        };
        return sealSort == UKEY_REPLACEMENT ? application.replacement() : application;
    }
}
