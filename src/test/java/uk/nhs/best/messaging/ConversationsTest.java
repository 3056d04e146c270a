package uk.nhs.best.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.referrals.DischargeReason;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.referrals.ReferralDecisions;
import uk.nhs.best.referrals.ReferralSummary;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class ConversationsTest {

    @Autowired
    Conversations conversations;

    @Autowired
    SignIn signIn;

    @Autowired
    TestReferrals referrals;

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aPatientWritesToTheCareTeamWhoReadAndReplyWithReceiptsOnBothSides() {
        signIn.as("amira.khan");
        int unreadAtBedford = conversations.unreadCount("bedford");
        signIn.as("olivia.bennett");
        assertThat(conversations.careTeam()).isEqualTo("the care team at Bedford");
        long id = conversations.startWithCareTeam("Exercises", "Is it normal that it hurts after the exercises?", key());
        assertThat(conversations.mine().getFirst()).extracting(ConversationSummary::id, ConversationSummary::subject,
                ConversationSummary::unread).containsExactly(id, "Exercises", 0);

        signIn.as("amira.khan");
        assertThat(conversations.unreadCount("bedford")).isEqualTo(unreadAtBedford + 1);
        assertThat(conversations.inbox("bedford", InboxFilter.UNREAD)).extracting(ConversationSummary::id).contains(id);
        Conversation opened = conversations.open(id);
        assertThat(opened.patientName()).isEqualTo("Olivia Bennett");
        assertThat(opened.messages().getFirst().readBy()).isEqualTo("Amira Khan");
        assertThat(opened.messages().getFirst().readAt()).isNotNull();
        assertThat(conversations.unreadCount("bedford")).isEqualTo(unreadAtBedford);
        assertThat(conversations.inbox("bedford", InboxFilter.UNREAD)).extracting(ConversationSummary::id)
                .doesNotContain(id);
        conversations.reply(id, "Some soreness is normal for a day or two.", key());

        signIn.as("olivia.bennett");
        int unread = conversations.unreadCount(null);
        assertThat(unread).isPositive();
        assertThat(conversations.mine().getFirst()).extracting(ConversationSummary::id, ConversationSummary::unread)
                .containsExactly(id, 1);
        Conversation mine = conversations.open(id);
        assertThat(mine.messages()).extracting(Message::senderName, Message::fromPatient)
                .containsExactly(tuple("Olivia Bennett", true),
                        tuple("Amira Khan", false));
        assertThat(mine.messages().getLast().readBy()).isEqualTo("Olivia Bennett");
        assertThat(conversations.unreadCount(null)).isEqualTo(unread - 1);

        signIn.as("amira.khan");
        assertThat(conversations.open(id).messages().getLast().readAt()).isNotNull();
    }

    @Test
    void everyOpeningByStaffIsAudited() {
        signIn.as("olivia.bennett");
        long id = conversations.startWithCareTeam("Audit", "Hello", key());
        conversations.open(id);
        signIn.as("tom.hughes");
        conversations.open(id);
        conversations.reload(id);
        conversations.open(id);

        assertThat(jdbc.queryForList("select actor from audit_event where action = 'CONVERSATION_OPENED' "
                + "and details = ?", String.class, "Conversation " + id)).containsExactly("tom.hughes", "tom.hughes");
    }

    @Test
    void aClinicianStartsAConversationWithAPatientOfTheirSiteOnly() {
        RecordedReferral bedford = referrals.record("amira.khan", "bedford", "Start", LocalDate.now());
        assertThat(conversations.recipient(bedford.patient().id())).isEqualTo("Test Start at Bedford");
        long id = conversations.startWithPatient(bedford.patient().id(), "Your assessment", "Please call us.", key());
        assertThat(conversations.open(id).siteName()).isEqualTo("Bedford");

        signIn.as("priya.patel");
        assertThatThrownBy(() -> conversations.startWithPatient(bedford.patient().id(), "Hi", "Hello", key()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.recipient(bedford.patient().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from conversation where patient_id = ?", Integer.class,
                bedford.patient().id())).isEqualTo(1);
    }

    @Test
    void textIsKeptExactlyAsTypedAndStoredOnlyEncrypted() {
        signIn.as("james.wilson");
        String text = "<script>alert('x')</script>\n  <b>bold?</b>\n\nLine three";
        long id = conversations.startWithCareTeam("Private subject 42", text, key());

        assertThat(conversations.open(id).messages().getFirst().text()).isEqualTo(text);
        byte[] stored = jdbc.queryForObject("select body from message where conversation_id = ?", byte[].class, id);
        byte[] subject = jdbc.queryForObject("select subject from conversation where id = ?", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("script", "Line three");
        assertThat(new String(subject, StandardCharsets.ISO_8859_1)).doesNotContain("Private");
        assertThat(jdbc.queryForObject("select key_id from message where conversation_id = ?", String.class, id))
                .isEqualTo("local");
    }

    @Test
    void sentMessagesCannotBeChangedOrDeletedEvenInTheDatabase() {
        signIn.as("james.wilson");
        long id = conversations.startWithCareTeam("Fixed", "Once sent", key());

        assertThatThrownBy(() -> jdbc.update("update message set sender_name = 'x' where conversation_id = ?", id))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from message where conversation_id = ?", id))
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void theSameComposeSentTwiceOrAtOnceIsStoredOnce() throws Exception {
        Authentication james = signIn.as("james.wilson");
        String startKey = key();
        long id = conversations.startWithCareTeam("Twice", "Pressed twice", startKey);
        assertThat(conversations.startWithCareTeam("Twice", "Pressed twice", startKey)).isEqualTo(id);

        String replyKey = key();
        Callable<Void> send = () -> {
            signIn.as(james);
            conversations.reply(id, "Retried by the browser", replyKey);
            return null;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Void>> both = pool.invokeAll(List.of(send, send));
            for (Future<Void> result : both) {
                result.get();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void emptyOrOverlongMessagesAreRefusedAndNothingIsStored() {
        signIn.as("james.wilson");
        long id = conversations.startWithCareTeam("Rules", "First", key());

        assertThatThrownBy(() -> conversations.reply(id, "  \n ", key())).isInstanceOf(InvalidInputException.class)
                .hasMessage("Please write a message.");
        assertThatThrownBy(() -> conversations.reply(id, "x".repeat(5_001), key()))
                .hasMessage("A message can be at most 5000 characters; this one has 5001.");
        assertThatThrownBy(() -> conversations.startWithCareTeam("", "Text", key()))
                .hasMessage("Please give the conversation a subject.");
        conversations.reply(id, "y".repeat(5_000), key());
        assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void repliesCloseTheSitesNumberOfDaysAfterDischarge() {
        RecordedReferral recorded = referrals.record("tom.hughes", "bedford", "Discharged", LocalDate.now());
        long id = conversations.startWithPatient(recorded.patient().id(), "Follow-up", "How are you?", key());
        ReferralSummary referral = decisions.referral(recorded.referralId());
        decisions.discharge(referral.id(), referral.version(), DischargeReason.COMPLETED, null);
        jdbc.update("update referral set stage_changed_at = now() - interval 29 day where id = ?", referral.id());
        conversations.reply(id, "Within the 30 days", key());

        jdbc.update("update referral set stage_changed_at = now() - interval 31 day where id = ?", referral.id());
        assertThatThrownBy(() -> conversations.reply(id, "Too late", key())).isInstanceOf(RefusedException.class)
                .hasMessageContaining("30 days after discharge");
        assertThat(conversations.open(id).closedReason()).contains("30 days after discharge");
        assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void aConversationIsAssignedToAClinicianOfItsSiteOnly() {
        signIn.as("olivia.bennett");
        long id = conversations.startWithCareTeam("Assign", "Who looks after this?", key());
        signIn.as("amira.khan");
        assertThat(conversations.clinicians(id)).extracting(Clinician::username)
                .contains("amira.khan", "tom.hughes", "sam.okafor").doesNotContain("priya.patel", "manager.bedford");
        conversations.assign(id, "tom.hughes");

        assertThat(conversations.inbox("bedford", InboxFilter.ASSIGNED_TO_ME)).extracting(ConversationSummary::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> conversations.assign(id, "priya.patel")).isInstanceOf(RefusedException.class);
        signIn.as("tom.hughes");
        assertThat(conversations.inbox("bedford", InboxFilter.ASSIGNED_TO_ME)).filteredOn(c -> c.id() == id)
                .extracting(ConversationSummary::assignedTo).containsExactly("Tom Hughes");
    }

    @Test
    void moreThanTwentyMessagesAMinuteAreSlowedAndTheExtraOneIsNotStored() {
        signIn.as("george.evans");
        long id = conversations.startWithCareTeam("Many", "1", key());
        for (int i = 2; i <= 20; i++) {
            conversations.reply(id, String.valueOf(i), key());
        }
        assertThatThrownBy(() -> conversations.reply(id, "21", key())).isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("You have sent 20 messages in the last minute.");
        assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ?", Integer.class, id))
                .isEqualTo(20);
    }

    @Test
    void theDemoHasConversationsWithSomeUnreadOnEachSide() {
        signIn.as("george.evans");
        assertThat(conversations.mine()).filteredOn(c -> c.subject().equals("Your assessment"))
                .extracting(ConversationSummary::unread).containsExactly(1);
        signIn.as("daniel.clarke");
        assertThat(conversations.inbox("greenwich", InboxFilter.UNREAD)).extracting(ConversationSummary::subject)
                .contains("Appointment time");
        signIn.as("tom.hughes");
        assertThat(conversations.inbox("bedford", InboxFilter.ASSIGNED_TO_ME)).extracting(ConversationSummary::subject)
                .contains("Group programme dates");
    }
}
