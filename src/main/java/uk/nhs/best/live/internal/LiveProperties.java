package uk.nhs.best.live.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often each instance looks for new change notices
 * @param retention    how long notices are kept before they are deleted
 */
@ConfigurationProperties("best.live")
record LiveProperties(Duration pollInterval, Duration retention) {

    LiveProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        retention = retention == null ? Duration.ofMinutes(10) : retention;
    }
}
