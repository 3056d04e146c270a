package uk.nhs.best.database;

import java.util.Map;

/**
 * Databases of their own on the tests' MariaDB server, standing in for a production database
 * that the portal is pointed at with {@code spring.datasource.*}.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The {@code spring.datasource.*} properties of the database {@code schema}, created if missing. */
    public static Map<String, String> dataSource(String schema) {
        var server = EmbeddedMariaDb.startOrReuse(new EmbeddedDatabaseProperties(null, true, null));
        return Map.of(
                "spring.datasource.url", server.jdbcUrlFor(schema) + "?createDatabaseIfNotExist=true",
                "spring.datasource.username", "root",
                "spring.datasource.password", "");
    }
}
