package uk.nhs.best.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With spring.datasource.url set, the portal uses that database and starts no embedded one. */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseTest {

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        // A database of its own on the tests' MariaDB server stands in for the production database.
        var server = EmbeddedMariaDb.startOrReuse(new EmbeddedDatabaseProperties(null, true, null));
        registry.add("spring.datasource.url",
                () -> server.jdbcUrlFor("external_portal") + "?createDatabaseIfNotExist=true");
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        // As in production: with an external database, message encryption needs a configured key.
        registry.add("best.messaging.keys.k1", () -> Base64.getEncoder().encodeToString(new byte[32]));
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConfiguredDatabaseIsUsedAndMigrated() {
        assertThat(((HikariDataSource) dataSource).getPoolName()).isNotEqualTo("embedded-mariadb");
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo("external_portal");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 'external_portal' and table_name = 'referral'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from site", Integer.class))
                .as("demo data is only loaded in the demo profile").isZero();
    }
}
