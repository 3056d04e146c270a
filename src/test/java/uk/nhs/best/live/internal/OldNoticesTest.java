package uk.nhs.best.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.support.PortalTest;

/** The change notice table does not grow without end: notices past their retention are deleted. */
@PortalTest
class OldNoticesTest {

    @Autowired
    DatabaseLiveChanges liveChanges;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noticesOlderThanTheRetentionAreDeletedAndNewerOnesKept() {
        jdbc.update("insert into change_notice (topic, notice_key, created_at) "
                + "values ('calendar:bedford', 'old', current_timestamp(3) - interval 11 minute)");
        jdbc.update("insert into change_notice (topic, notice_key) values ('calendar:bedford', 'recent')");

        liveChanges.deleteOldNotices();

        assertThat(jdbc.queryForList("select notice_key from change_notice where notice_key in ('old', 'recent')",
                String.class)).containsExactly("recent");
    }
}
