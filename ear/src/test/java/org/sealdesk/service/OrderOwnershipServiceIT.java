package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;

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
        assertThrows(EJBAccessException.class, () -> orders.myOrders());
    }
}
