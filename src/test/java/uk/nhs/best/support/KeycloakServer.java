package uk.nhs.best.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A real Keycloak server with the repository's realm ({@code keycloak/best-realm.json}): the
 * distribution that {@code ./mvnw verify} unpacks from Maven Central into {@code target/keycloak},
 * run in development mode on a free loopback port. Started once per test JVM, whichever test asks
 * first, and stopped by its process id when the JVM ends.
 *
 * <p>The realm's client accepts the portal at {@code http://localhost:8080}; the copy imported here
 * names {@link #portalPort()} instead, so a test must run the portal on that port.
 */
public final class KeycloakServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String DEMO_PORTAL = "http://localhost:8080";

    private static KeycloakServer shared;

    private final Process process;
    private final int port;
    private final int portalPort;

    private KeycloakServer(Process process, int port, int portalPort) {
        this.process = process;
        this.port = port;
        this.portalPort = portalPort;
    }

    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-keycloak"));
        }
        return shared;
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/best";
    }

    public int portalPort() {
        return portalPort;
    }

    private static KeycloakServer start() {
        Path home = Path.of(System.getProperty("best.keycloak.home", "target/keycloak/missing"));
        Path realm = Path.of(System.getProperty("best.keycloak.realm", "keycloak/best-realm.json"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak server at " + home + ": run the test through "
                    + "./mvnw verify, which unpacks it from Maven Central in pre-integration-test.");
        }
        try {
            int port = freePort();
            int portalPort = freePort();
            // A fresh database each run: --import-realm skips a realm that already exists.
            Path data = home.resolve("data");
            FileSystemUtils.deleteRecursively(data);
            Path imports = Files.createDirectories(data.resolve("import"));
            Files.writeString(imports.resolve(realm.getFileName()),
                    Files.readString(realm).replace(DEMO_PORTAL, "http://localhost:" + portalPort));
            Path log = home.resolveSibling("keycloak.log");
            ProcessBuilder command = new ProcessBuilder("sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host", "127.0.0.1", "--http-port", String.valueOf(port),
                    "--hostname", "http://localhost:" + port, "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            command.environment().put("JAVA_HOME", System.getProperty("java.home"));
            long started = System.nanoTime();
            KeycloakServer server = new KeycloakServer(command.start(), port, portalPort);
            server.awaitRealm(log);
            System.out.printf("Keycloak %s answered on port %d after %d s (log: %s)%n", home.getFileName(), port,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak from " + home, e);
        }
    }

    /** Waits until the realm's discovery document answers: the server is up and the realm imported. */
    private void awaitRealm(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + "; see " + log);
    }

    /** Ends kc.sh and the Java process it runs, by their process ids. */
    private void stop() {
        ProcessHandle script = process.toHandle();
        Stream.concat(script.descendants(), Stream.of(script)).forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                Stream.concat(script.descendants(), Stream.of(script)).forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
