package uk.nhs.best.common;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for every rule that depends on "today", so tests can fix the date. */
    @Bean
    @ConditionalOnMissingBean
    Clock clinicClock() {
        return Clock.system(ClinicTime.ZONE);
    }
}
