package org.sealdesk.service;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.platform.launcher.TestExecutionListener;
import org.sealdesk.replacement.FormerCa;
import org.sealdesk.service.clock.TestClock;

/**
 * The application under test for the service tests: the EAR the build made, with the test classes in its web
 * module (where the sign-in mechanism lives) and {@link TestClock} in its libraries (seen by every module).
 */
final class ServiceDeployment {

    static final String WEB_MODULE = "sealdesk-web.war";

    private ServiceDeployment() {
    }

    static EnterpriseArchive ear() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/sealdesk.ear"));
        WebArchive web = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/sealdesk/" + WEB_MODULE))
                .addPackage(ServiceDeployment.class.getPackage()).addClass(FormerCa.class)
                .addAsResource(new StringAsset(InContainerFailures.class.getName()),
                        "META-INF/services/" + TestExecutionListener.class.getName());
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "service-test-clock.jar").addClass(TestClock.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        return ear;
    }
}
