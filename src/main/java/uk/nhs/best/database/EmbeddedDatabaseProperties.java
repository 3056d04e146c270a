package uk.nhs.best.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB that starts when no external database is configured.
 *
 * @param dataDir   where the databases are kept between runs
 * @param throwaway start on an empty temporary folder that is deleted on shutdown
 * @param schema    the database (schema) the portal uses
 */
@ConfigurationProperties("best.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, boolean throwaway, String schema) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of(System.getProperty("user.home"), ".local", "share", "best-portal", "mariadb")
                : dataDir;
        schema = schema == null || schema.isBlank() ? "best_portal" : schema;
    }
}
