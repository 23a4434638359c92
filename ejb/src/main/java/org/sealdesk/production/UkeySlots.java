package org.sealdesk.production;

import java.util.Map;
import org.sealdesk.order.SealType;
import org.sealdesk.token.SealSlot;

/** Which slot of the ukey each kind of seal lives in. */
public final class UkeySlots {

    private static final Map<SealType, SealSlot> SLOTS = Map.of(
            SealType.ENTERPRISE, SealSlot.UNIT,
            SealType.LEGAL_REPRESENTATIVE_SIGNATURE, SealSlot.LEGAL_REP,
            SealType.PERSONAL_SIGNATURE, SealSlot.PERSONAL);

    private UkeySlots() {
    }

    public static SealSlot of(SealType type) {
        return SLOTS.get(type);
    }

    public static SealType typeIn(SealSlot slot) {
        return SLOTS.entrySet().stream().filter(entry -> entry.getValue() == slot).findFirst().orElseThrow().getKey();
    }
}
