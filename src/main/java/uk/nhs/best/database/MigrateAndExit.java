package uk.nhs.best.database;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code migrate} profile: Flyway has migrated the schema while the context started, so stop.
 * A cluster runs this once per release (a Kubernetes Job) and the portal's replicas run with
 * Flyway off, instead of every replica migrating at once (docs/decisions/0008-kubernetes.md).
 */
@Component
@Profile("migrate")
class MigrateAndExit implements ApplicationRunner {

    private final ConfigurableApplicationContext context;

    MigrateAndExit(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        SpringApplication.exit(context);
    }
}
