package uk.nhs.best.live.internal;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.nhs.best.live.ChangeNotice;
import uk.nhs.best.live.LiveChanges;

/**
 * Change notices through the shared database: published notices are rows of
 * {@code change_notice}, and every instance polls for rows it has not seen and hands them to its
 * own subscribers.
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
class DatabaseLiveChanges implements LiveChanges, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLiveChanges.class);
    private static final int MAX_LENGTH = 120;
    private static final int BATCH = 1000;
    /**
     * Ids are given out when a row is inserted, so a row may commit, and become visible, after
     * one with a higher id. Rows are read again for this long after first being seen, so that a
     * late row with a lower id is still found; a gap older than this is taken for a rolled-back
     * insert or a deleted row.
     */
    private static final long LATE_COMMIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final JdbcTemplate jdbc;
    private final LiveProperties properties;
    private final Map<String, List<LiveChangeListener>> subscribers = new ConcurrentHashMap<>();
    /** Ids of notices delivered while rows below them may still appear, with when each was first seen. */
    private final NavigableMap<Long, Long> recentlyDelivered = new TreeMap<>();
    /** Every notice up to this id has been delivered or is too old to deliver. */
    private long floor;
    private ScheduledExecutorService poller;

    DatabaseLiveChanges(JdbcTemplate jdbc, LiveProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void publish(String topic, String key) {
        check("topic", topic);
        check("key", key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    insert(topic, key);
                }
            });
        } else {
            insert(topic, key);
        }
    }

    private void insert(String topic, String key) {
        jdbc.update("insert into change_notice (topic, notice_key) values (?, ?)", topic, key);
    }

    @Override
    public Subscription subscribe(String topic, LiveChangeListener listener) {
        check("topic", topic);
        List<LiveChangeListener> listeners = subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static void check(String what, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A change notice's " + what + " must have 1 to " + MAX_LENGTH
                    + " characters: " + value);
        }
    }

    /** Runs on the poller thread only. */
    void poll() {
        long now = System.nanoTime();
        List<Row> rows = jdbc.query("select id, topic, notice_key from change_notice where id > ? order by id limit "
                + BATCH, (rs, n) -> new Row(rs.getLong(1), new ChangeNotice(rs.getString(2), rs.getString(3))), floor);
        for (Row row : rows) {
            if (recentlyDelivered.putIfAbsent(row.id(), now) == null) {
                deliver(row.notice());
            }
        }
        while (!recentlyDelivered.isEmpty() && now - recentlyDelivered.firstEntry().getValue() > LATE_COMMIT_NANOS) {
            floor = recentlyDelivered.pollFirstEntry().getKey();
        }
    }

    private void deliver(ChangeNotice notice) {
        for (LiveChangeListener listener : subscribers.getOrDefault(notice.topic(), List.of())) {
            try {
                listener.changed(notice);
            } catch (RuntimeException e) {
                log.warn("A listener failed on change notice {}", notice, e);
            }
        }
    }

    /** Any instance may delete old notices; doing it on several at once is harmless. */
    void deleteOldNotices() {
        jdbc.update("delete from change_notice where created_at < current_timestamp(3) - interval ? second",
                properties.retention().toSeconds());
    }

    @Override
    public synchronized void start() {
        // Screens open from now on: earlier notices concern nobody here.
        floor = jdbc.queryForObject("select coalesce(max(id), 0) from change_notice", Long.class);
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-changes").daemon().factory());
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(guarded(this::poll), interval, interval, TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(guarded(this::deleteOldNotices), 1, 1, TimeUnit.MINUTES);
    }

    /** A failed run (e.g. the database briefly away) is logged and the next one tries again. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Change notices: {}", e.getMessage());
            }
        };
    }

    @Override
    public synchronized void stop() {
        poller.shutdownNow();
        poller = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private record Row(long id, ChangeNotice notice) {
    }
}
