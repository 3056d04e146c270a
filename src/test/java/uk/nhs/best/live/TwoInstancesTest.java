package uk.nhs.best.live;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.best.BestPortalApplication;
import uk.nhs.best.database.TestDatabases;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.ConversationNotice;
import uk.nhs.best.scheduling.AppointmentsChanged;
import uk.nhs.best.scheduling.CalendarUpdates;

/**
 * The portal as a cluster runs it: the migration run migrates one shared database and stops, then
 * two portal instances with Flyway off (two replicas) serve from it, and a change announced on
 * one reaches live screens on both.
 */
class TwoInstancesTest {

    private static final String SCHEMA = "two_instances";

    private static ConfigurableApplicationContext migration;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        migration = portal("migrate");
        first = portal("test", "--server.port=0", "--spring.flyway.enabled=false");
        second = portal("test", "--server.port=0", "--spring.flyway.enabled=false");
    }

    /** Settings as arguments, as they outrank application.properties (environment variables on a cluster). */
    private static ConfigurableApplicationContext portal(String profile, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(settings));
        TestDatabases.dataSource(SCHEMA).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(BestPortalApplication.class).profiles(profile)
                .properties("spring.main.banner-mode=off").run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void theMigrationRunMigratesTheSchemaAndStopsAndTheInstancesServeFromIt() {
        assertThat(migration.isActive()).as("the migration run has stopped").isFalse();
        assertThat(port(first)).isPositive().isNotEqualTo(port(second));
        assertThat(jdbc(second).queryForObject("select count(*) from flyway_schema_history where success = 1 "
                + "and script like 'V6__%'", Integer.class)).isEqualTo(1);
    }

    @Test
    void theKubernetesProbesAnswerWithoutALogin() throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port(first) + probe)).build(), BodyHandlers.ofString());
                assertThat(response.statusCode()).as(probe).isEqualTo(200);
                assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
            }
        }
    }

    @Test
    void aChangeCommittedOnOneInstanceReachesSubscribersOnBothOnce() throws InterruptedException {
        BlockingQueue<Received> onFirst = subscribe(first, "calendar:bedford");
        BlockingQueue<Received> onSecond = subscribe(second, "calendar:bedford");
        BlockingQueue<Received> otherSite = subscribe(second, "calendar:greenwich");

        long published = System.nanoTime();
        new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(tx -> live(first).publish("calendar:bedford", "appointment-17"));

        Received remote = onSecond.poll(2000, MILLISECONDS);
        assertThat(remote).as("the other instance's subscriber is told within 2 s").isNotNull();
        assertThat(remote.notice()).isEqualTo(new ChangeNotice("calendar:bedford", "appointment-17"));
        System.out.printf("change notice reached the other instance after %d ms%n", (remote.at() - published) / 1_000_000);
        assertThat(onFirst.poll(2000, MILLISECONDS)).as("the publishing instance's subscriber too").isNotNull();

        // Several more polls: each notice is delivered once per subscriber, never again.
        Thread.sleep(1500);
        assertThat(onFirst).isEmpty();
        assertThat(onSecond).isEmpty();
        assertThat(otherSite).as("another topic's subscriber").isEmpty();
    }

    @Test
    void aChangeRolledBackIsNeverAnnounced() throws InterruptedException {
        BlockingQueue<Received> onSecond = subscribe(second, "conversation:5");

        new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(tx -> {
                    live(first).publish("conversation:5", "message-1");
                    tx.setRollbackOnly();
                });

        assertThat(onSecond.poll(1500, MILLISECONDS)).isNull();
    }

    @Test
    void aNoticeThatCommitsAfterOneWithAHigherIdIsStillDeliveredOnce() throws InterruptedException {
        BlockingQueue<Received> received = subscribe(second, "conversation:9");
        JdbcTemplate jdbc = jdbc(first);
        long next = jdbc.queryForObject("select coalesce(max(id), 0) from change_notice", Long.class) + 100;

        // Two transactions: the one with the lower id commits after the other has been seen.
        jdbc.update("insert into change_notice (id, topic, notice_key) values (?, 'conversation:9', 'later id')", next);
        assertThat(received.poll(2000, MILLISECONDS).notice().key()).isEqualTo("later id");
        jdbc.update("insert into change_notice (id, topic, notice_key) values (?, 'conversation:9', 'earlier id')",
                next - 50);
        assertThat(received.poll(2000, MILLISECONDS).notice().key()).isEqualTo("earlier id");

        Thread.sleep(1500);
        assertThat(received).isEmpty();
    }

    @Test
    void aCancelledSubscriptionHearsNothingMore() throws InterruptedException {
        BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        LiveChanges.Subscription subscription = live(second).subscribe("calendar:greenwich",
                notice -> received.add(new Received(notice, System.nanoTime())));
        subscription.cancel();

        live(first).publish("calendar:greenwich", "appointment-3");

        assertThat(received.poll(1500, MILLISECONDS)).isNull();
    }

    @Test
    void aBookingOnOneInstanceRedrawsCalendarsOpenOnTheOther() throws InterruptedException {
        BlockingQueue<Long> redrawn = new LinkedBlockingQueue<>();
        Runnable stop = second.getBean(CalendarUpdates.class).watch(42L, () -> redrawn.add(System.nanoTime()));
        try {
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(tx -> first.publishEvent(new AppointmentsChanged(42L)));
            assertThat(redrawn.poll(2000, MILLISECONDS)).as("the other instance's calendar is told").isNotNull();
        } finally {
            stop.run();
        }
    }

    @Test
    void aMessageSentOnOneInstanceReachesScreensOnTheOther() throws InterruptedException {
        BlockingQueue<ConversationNotice> heard = new LinkedBlockingQueue<>();
        Runnable stop = second.getBean(ConversationBroadcaster.class).listen(heard::add);
        try {
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(tx -> first.publishEvent(new ConversationNotice(7L, 11L, "bedford")));
            assertThat(heard.poll(2000, MILLISECONDS)).isEqualTo(new ConversationNotice(7L, 11L, "bedford"));
        } finally {
            stop.run();
        }
    }

    private static BlockingQueue<Received> subscribe(ConfigurableApplicationContext instance, String topic) {
        BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        live(instance).subscribe(topic, notice -> received.add(new Received(notice, System.nanoTime())));
        return received;
    }

    private static LiveChanges live(ConfigurableApplicationContext instance) {
        return instance.getBean(LiveChanges.class);
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext instance) {
        return instance.getBean(JdbcTemplate.class);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private record Received(ChangeNotice notice, long at) {
    }
}
