package uk.nhs.best.bench;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.best.BestPortalApplication;

/**
 * How long the portal takes to start: the first start on an empty embedded database (server
 * start, migrations, demo data) and a second start on the same, already filled database.
 */
class StartupBenchmark {

    @Test
    void startup() {
        Map<String, Object> properties = Map.of("server.port", "0", "spring.main.banner-mode", "off");
        double first = secondsToStart(properties);
        double second = secondsToStart(properties);
        System.out.printf("BENCH startup_cold_empty_database %.2f s%n", first);
        System.out.printf("BENCH startup_warm_filled_database %.2f s%n", second);
    }

    private static double secondsToStart(Map<String, Object> properties) {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(BestPortalApplication.class)
                .profiles("demo", "throwaway").properties(properties).run()) {
            return (System.nanoTime() - started) / 1e9;
        }
    }
}
