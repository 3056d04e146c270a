package uk.nhs.best.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
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
        TestDatabases.dataSource("external_portal").forEach((name, value) -> registry.add(name, () -> value));
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
