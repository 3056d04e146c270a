package uk.nhs.best.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;

/** Every role and site against every action on a Bedford patient's conversation that isn't theirs. */
@PortalTest
class ConversationAccessTest {

    @Autowired
    Conversations conversations;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    // One conversation for every case: its sender may send only 20 messages a minute.
    private static Long oliviasConversation;

    @BeforeEach
    void oliviaWrites() {
        if (oliviasConversation == null) {
            signIn.as("olivia.bennett");
            oliviasConversation = conversations.startWithCareTeam("Mine", "Only for my care team",
                    UUID.randomUUID().toString());
        }
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static List<Arguments> outsidersAndActions() {
        List<String> outsiders = List.of("james.wilson", "fatima.ali", "priya.patel", "chloe.martin",
                "manager.bedford", "manager.greenwich", "admin");
        List<Arguments> cases = new ArrayList<>();
        for (String user : outsiders) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(user, action));
            }
        }
        return cases;
    }

    enum Action {
        OPEN((service, id) -> service.open(id)),
        RELOAD((service, id) -> service.reload(id)),
        REPLY((service, id) -> service.reply(id, "Not mine to answer", UUID.randomUUID().toString())),
        MARK_READ((service, id) -> service.markRead(id)),
        ASSIGN((service, id) -> service.assign(id, "amira.khan")),
        LIST_CLINICIANS((service, id) -> service.clinicians(id));

        final BiConsumer<Conversations, Long> call;

        Action(BiConsumer<Conversations, Long> call) {
            this.call = call;
        }
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("outsidersAndActions")
    void someoneElsesConversationIsRefusedAndLeftAsItWas(String user, Action action) {
        String before = state();
        signIn.as(user);

        assertThatThrownBy(() -> action.call.accept(conversations, oliviasConversation))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(state()).isEqualTo(before);
    }

    /** Messages, read receipts and assignment of the conversation. */
    private String state() {
        return jdbc.queryForObject("select concat((select count(*) from message where conversation_id = c.id), '/', "
                + "(select count(*) from message m join message_read r on r.message_id = m.id "
                + "where m.conversation_id = c.id), '/', coalesce(c.assigned_to, '-')) from conversation c where c.id = ?",
                String.class, oliviasConversation);
    }

    @ParameterizedTest(name = "{0} may open it")
    @MethodSource("careTeam")
    void theCareTeamOfTheSiteMayOpenIt(String clinician) {
        signIn.as(clinician);

        assertThat(conversations.open(oliviasConversation).messages()).extracting(Message::text)
                .containsExactly("Only for my care team");
    }

    static List<String> careTeam() {
        return List.of("amira.khan", "sam.okafor");
    }

    @ParameterizedTest(name = "{0} has no Bedford inbox")
    @MethodSource("noBedfordInbox")
    void onlyCliniciansOfTheSiteHaveItsInbox(String user) {
        signIn.as(user);

        assertThatThrownBy(() -> conversations.inbox("bedford", InboxFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.unreadCount("bedford")).isInstanceOf(AccessDeniedException.class);
    }

    static List<String> noBedfordInbox() {
        return List.of("priya.patel", "manager.bedford", "admin");
    }
}
