package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.account.IdentityCheck;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;

/**
 * The person an application names is checked by the real-name verifier when the first step is saved (the built-in
 * one here), the outcome kept on the order, and kept while name and number stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
class NamedPersonCheckServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    OrderService orders;

    @Test
    void theNamedPersonsCheckIsKeptOnTheOrder() {
        Applicants.signedInAndVerified("孙八");
        String number = orders.startDraft(OrderKind.NEW_ENTERPRISE_SEAL, null);
        String idNumber = Applicants.newIdCardNumber();
        orders.describe(number, new ApplicationDetails("肇庆市某某有限公司", "9144030071526726XG", "肇庆市端州区",
                "周九", idNumber, "13700137000"));
        assertEquals(IdentityCheck.CHECKSUM_ONLY, orders.find(number).application().legalRepCheck());
        orders.describe(number, new ApplicationDetails("肇庆市某某有限公司", "9144030071526726XG", "肇庆市端州区路 2 号",
                "周九", "", "13700137000"));
        assertEquals(IdentityCheck.CHECKSUM_ONLY, orders.find(number).application().legalRepCheck(),
                "the same person, the ID number left as entered: the check stands");
    }
}
