package org.sealdesk.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.sealdesk.staff.Roles;

/**
 * The images of an order's seals (PNG) for the staff who check them: reviewers, producers before making them,
 * shippers packing them.
 */
@Stateless
@RolesAllowed({Roles.REVIEWER, Roles.PRODUCER, Roles.SHIPPER})
public class StaffSealImages {

    @Inject
    Orders orders;

    @Inject
    OrderRecords records;

    public byte[] of(String number, SealImage image) {
        return records.sealImage(orders.byNumber(OrderNumber.sought(number), LockModeType.NONE), image);
    }
}
