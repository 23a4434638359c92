package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderSummary;

/** An applicant's orders exist for nobody else: every service call on another's order answers "not found". */
@ExtendWith(ArquillianExtension.class)
class OrderOwnershipServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    OrderService orders;

    @Test
    void anotherApplicantsOrderIsNotFoundWhateverTheyTry() {
        Applicants.signedInAndVerified("李四");
        String number = orders.startDraft(OrderKind.NEW_PERSONAL_SEAL, null);
        assertEquals(number, orders.find(number).number());

        Applicants.signedInAndVerified("王五");
        for (Runnable attempt : new Runnable[] {
            () -> orders.find(number),
            () -> orders.document(number, DocumentRole.ID_CARD_FRONT),
            () -> orders.upload(number, DocumentRole.ID_CARD_FRONT, "x.png", new byte[] {1}),
            () -> orders.chooseValidity(number, 1),
            () -> orders.impressionForm(number),
            () -> orders.submit(number),
            () -> orders.deleteDraft(number)}) {
            assertEquals("order.notFound", assertThrows(RuleViolation.class, attempt::run).messageKey());
        }
    }

    @Test
    void noServiceAnswersACallerWhoIsNotSignedIn() {
        assertThrows(EJBAccessException.class, () -> orders.myOrders(0, 20));
    }

    @Test
    void theOrderListComesAPageAtATimeNewestFirstAndHoldsOnlyTheApplicantsOwn() {
        Applicants.signedInAndVerified("钱二十");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            started.add(0, orders.startDraft(i % 2 == 0 ? OrderKind.NEW_PERSONAL_SEAL : OrderKind.NEW_ENTERPRISE_SEAL, null));
        }
        assertEquals(25, orders.myOrderCount());
        List<String> firstPage = orders.myOrders(0, 20).stream().map(OrderSummary::number).toList();
        List<String> secondPage = orders.myOrders(20, 20).stream().map(OrderSummary::number).toList();
        assertEquals(started.subList(0, 20), firstPage);
        assertEquals(started.subList(20, 25), secondPage);
        OrderSummary newest = orders.myOrders(0, 1).get(0);
        assertEquals(OrderKind.NEW_PERSONAL_SEAL, newest.kind());
        assertTrue(newest.editable());

        Applicants.signedInAndVerified("孙二一");
        assertEquals(0, orders.myOrderCount());
        assertTrue(orders.myOrders(0, 20).isEmpty());
    }
}
