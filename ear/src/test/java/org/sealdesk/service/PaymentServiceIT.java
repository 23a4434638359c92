package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.payment.PaymentJobs;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.payment.PaymentStatus;
import org.sealdesk.payment.PaymentView;
import org.sealdesk.payment.SandboxCashier;
import org.sealdesk.payment.TradeState;
import org.sealdesk.service.clock.TestClock;

/** Payments in the container, on both databases: row locks against double clicks, and the unpaid-order deadline. */
@ExtendWith(ArquillianExtension.class)
class PaymentServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    PaymentService payments;

    @Inject
    PaymentJobs jobs;

    @Inject
    SandboxCashier sandbox;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void twoCheckoutsAtTheSameMomentMakeOneTrade() throws Exception {
        Applicants.signedInAndVerified("赵六");
        String number = Orders.submittedPersonalOrder("赵六");
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<PaymentView>> checkouts = List.of(
                executor.submit(() -> {
                    together.await();
                    return payments.checkout(number);
                }),
                executor.submit(() -> {
                    together.await();
                    return payments.checkout(number);
                }));
        String first = checkouts.get(0).get().open().outTradeNo();
        String second = checkouts.get(1).get().open().outTradeNo();
        assertEquals(number + "P01", first);
        assertEquals(first, second, "both see the one trade");
        assertEquals(1, payments.status(number).attempts().size());
    }

    @Test
    void anUnpaidOrderClosesWhenItsTimeIsUpAndItsTradeWithIt() {
        Applicants.signedInAndVerified("钱七");
        String number = Orders.submittedPersonalOrder("钱七");
        String trade = payments.checkout(number).open().outTradeNo();

        TestClock.advance(Duration.ofMinutes(29));
        jobs.run();
        assertEquals(OrderStatus.AWAITING_PAYMENT, payments.status(number).orderStatus(), "not yet");

        TestClock.advance(Duration.ofMinutes(2));
        jobs.run();
        PaymentView closed = payments.status(number);
        assertEquals(OrderStatus.CLOSED, closed.orderStatus());
        assertEquals(PaymentStatus.CLOSED, closed.attempts().get(0).status());
        assertEquals(TradeState.CLOSED, sandbox.trade(trade).state(), "its QR code no longer pays");
        assertFalse(sandbox.trade(trade).payable());
    }
}
