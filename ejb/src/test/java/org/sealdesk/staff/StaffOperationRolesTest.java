package org.sealdesk.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealdesk.audit.AuditService;
import org.sealdesk.dashboard.DashboardService;
import org.sealdesk.finance.FinanceService;
import org.sealdesk.order.PriceAdministration;
import org.sealdesk.partner.PartnerAdministration;
import org.sealdesk.payment.RefundService;
import org.sealdesk.review.ReviewService;

/**
 * Every staff operation (reads and writes: approve, reject, refund, create, reprice, …) is guarded by
 * its service's one role, with no method opening itself up. StaffAccessIT shows the container
 * enforcing each service's class-level role; this pins that no write escapes it.
 */
class StaffOperationRolesTest {

    private static final Map<Class<?>, String> SERVICE_ROLES = Map.of(
            ReviewService.class, Roles.REVIEWER,
            FinanceService.class, Roles.FINANCE,
            RefundService.class, Roles.FINANCE,
            AuditService.class, Roles.ADMIN,
            StaffAdministration.class, Roles.ADMIN,
            PriceAdministration.class, Roles.ADMIN,
            PartnerAdministration.class, Roles.ADMIN,
            DashboardService.class, Roles.STAFF);

    @Test
    void everyPublicOperationNeedsItsServicesRole() {
        SERVICE_ROLES.forEach((service, role) -> {
            RolesAllowed declared = service.getAnnotation(RolesAllowed.class);
            assertNotNull(declared, service.getSimpleName() + " declares its role");
            assertArrayEquals(new String[] {role}, declared.value(), service.getSimpleName());
            assertFalse(service.isAnnotationPresent(PermitAll.class), service.getSimpleName());
            Arrays.stream(service.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                    .forEach(method -> assertFalse(overridesClassRole(method),
                            service.getSimpleName() + "." + method.getName() + " must not override the class role"));
        });
    }

    private static boolean overridesClassRole(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.isAnnotationPresent(RolesAllowed.class)
                || method.isAnnotationPresent(DenyAll.class);
    }
}
