package uk.nhs.best.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal on a throw-away embedded MariaDB with the demo data of both sites. Every test
 * class with this annotation shares one Spring context and one database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public @interface PortalTest {
}
