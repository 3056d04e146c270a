package uk.nhs.best.demo;

import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.best.messaging.Conversations;
import uk.nhs.best.security.PortalPrincipal;

/**
 * A few conversations between the demo patients and their care teams, some unread on each side.
 * Written through the messaging service as each person, so they are encrypted like any other.
 */
class DemoConversations {

    private final Conversations conversations;
    private final UserDetailsService accounts;
    private final SecurityContextHolderStrategy securityContext;

    DemoConversations(Conversations conversations, UserDetailsService accounts,
                      SecurityContextHolderStrategy securityContext) {
        this.conversations = conversations;
        this.accounts = accounts;
        this.securityContext = securityContext;
    }

    void load() {
        try {
            as("olivia.bennett");
            long exercises = conversations.startWithCareTeam("Exercise sheet",
                    "Hello, I have lost the exercise sheet from my assessment. Could you send it again?", key());
            as("amira.khan");
            conversations.open(exercises);
            conversations.reply(exercises, "Of course. I have put a copy in the post today.\n\n"
                    + "Do the first three exercises twice a day, and stop if the pain gets worse.", key());
            as("olivia.bennett");
            conversations.open(exercises);
            conversations.reply(exercises, "Thank you! Should I still do them on days I walk to work?", key());

            as("james.wilson");
            long group = conversations.startWithCareTeam("Group programme dates",
                    "When will I hear about the dates of the group sessions?", key());
            as("tom.hughes");
            conversations.open(group);
            conversations.assign(group, "tom.hughes");
            conversations.reply(group, "The next group starts in about four weeks; we will write with the dates "
                    + "as soon as the room is booked.", key());

            as("fatima.ali");
            conversations.startWithCareTeam("Appointment time",
                    "Is it possible to have my appointments after 4pm? I work until 3:30.", key());

            as("priya.patel");
            conversations.startWithPatient(patientOf("george.evans"), "Your assessment",
                    "Hello George, we would like to book your assessment next week. Does Tuesday morning suit you?",
                    key());
        } finally {
            securityContext.clearContext();
        }
    }

    private void as(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        securityContext.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long patientOf(String username) {
        return ((PortalPrincipal) accounts.loadUserByUsername(username)).portalUser().patientId();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
