package cn.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a random port, with the real PostgreSQL and Redis and an
 * in-process OIDC provider (see {@link TestServices}), and a clock tests can set ({@link TestClock}), back at its default after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestServices.class)
@Import(TestClock.Configuration.class)
@ExtendWith(TestClock.Reset.class)
public @interface IntegrationTest {}
