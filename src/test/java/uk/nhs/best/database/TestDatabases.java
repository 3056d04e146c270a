package uk.nhs.best.database;

import java.util.Base64;
import java.util.Map;

/**
 * Databases of their own on the tests' MariaDB server, standing in for a production database
 * that the portal is pointed at with {@code spring.datasource.*}.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * What a portal on an external database needs, as in production: the {@code spring.datasource.*}
     * properties of the database {@code schema} (created if missing) and a message key.
     */
    public static Map<String, String> dataSource(String schema) {
        var server = EmbeddedMariaDb.startOrReuse(new EmbeddedDatabaseProperties(null, true, null));
        return Map.of(
                "spring.datasource.url", server.jdbcUrlFor(schema) + "?createDatabaseIfNotExist=true",
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "best.messaging.keys.k1", Base64.getEncoder().encodeToString(new byte[32]),
                "best.messaging.current-key", "k1");
    }
}
