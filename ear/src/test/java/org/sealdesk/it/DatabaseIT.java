package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The server under test is ready and runs on the database this suite was started for. */
class DatabaseIT {

    @Test
    void readinessReportsTheExpectedDatabase() {
        HttpResponse<String> ready = FacesClient.forServer().get("/health/ready");
        assertTrue(ready.statusCode() == 200 && ready.body().contains("\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"product\":\"" + IntegrationServer.expectedDatabase() + "\""), ready.body());
    }
}
