package cn.org.cast.volunteer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo accounts, one context shared by all tests,
 * its engine clock at the 2019 campaign's issue date.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The demo symposium campaign is created by its own test, not at every start of the shared context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cast.demo.symposium=false")
@ActiveProfiles({"test", "demo"})
@ExtendWith(CampaignClock.class)
public @interface AppTest {
}
