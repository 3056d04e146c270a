package uk.nhs.best.messaging;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.referrals.RecordedReferral;
import uk.nhs.best.support.BrowserlessUiTest;
import uk.nhs.best.support.TestReferrals;

class MessagingUiTest extends BrowserlessUiTest {

    @Autowired
    TestReferrals referrals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Conversations conversations;

    @Test
    void aPatientWritesToTheCareTeamAndTheClinicianReadsRepliesAndTakesItOn() {
        logInAs("fatima.ali");
        navigateTo("messages");
        _click(_get(Button.class, spec -> spec.withId("new-conversation")));
        assertThat(_get(Div.class, spec -> spec.withId("new-conversation-form")).getElement().getTextRecursively())
                .contains("To the care team at Greenwich");
        String typed = "<b>Not bold</b> <script>alert(1)</script>\nSecond line\n\n  indented";
        _setValue(_get(TextField.class, spec -> spec.withId("subject")), "Knee and back");
        _setValue(_get(TextArea.class, spec -> spec.withId("message-text")), typed);
        _click(_get(Button.class, spec -> spec.withId("send")));

        assertThat(currentPath()).startsWith("conversations/");
        String conversationPath = currentPath();
        Div shown = _get(Div.class, spec -> spec.withClasses("message-text"));
        assertThat(shown.getText()).isEqualTo(typed);
        assertThat(shown.getElement().getChildCount()).isOne();
        assertThat(shown.getElement().getChild(0).isTextNode()).as("markup is text, not elements").isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("messages")).getElement().getTextRecursively())
                .contains("Fatima Ali").contains("Not read yet");

        logInAs("priya.patel");
        navigateTo("sites/greenwich/messages");
        int unreadBefore = badge();
        assertThat(unreadBefore).isPositive();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("conversations")).getElement().getTextRecursively())
                .contains("Knee and back").contains("Fatima Ali").contains("1 unread");
        navigateTo(conversationPath);
        assertThat(_get(H2.class, spec -> spec.withText("Knee and back"))).isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("messages")).getElement().getTextRecursively())
                .contains("by Priya Patel");
        assertThat(badge()).isEqualTo(unreadBefore - 1);
        _setValue(_get(TextArea.class, spec -> spec.withId("message-text")), "Thanks Fatima, we'll call you.");
        _click(_get(Button.class, spec -> spec.withId("send")));
        assertThat(_find(Div.class, spec -> spec.withClasses("message-text"))).hasSize(2);
        @SuppressWarnings("unchecked")
        ComboBox<Clinician> assignee = _get(ComboBox.class, spec -> spec.withId("assignee"));
        Clinician priya = assignee.getListDataView().getItems().filter(c -> c.username().equals("priya.patel"))
                .findFirst().orElseThrow();
        HasValueUtilsKt._setValue(assignee, priya, true);

        navigateTo("sites/greenwich/messages");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<InboxFilter> filter = _get(RadioButtonGroup.class, spec -> spec.withId("inbox-filter"));
        HasValueUtilsKt._setValue(filter, InboxFilter.ASSIGNED_TO_ME, true);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("conversations")).getElement().getTextRecursively())
                .contains("Knee and back").contains("assigned to Priya Patel");

        logInAs("fatima.ali");
        assertThat(badge()).isEqualTo(1);
        navigateTo(conversationPath);
        assertThat(_get(Div.class, spec -> spec.withId("messages")).getElement().getTextRecursively())
                .contains("Read").contains("by Fatima Ali");
        assertThat(badge()).isZero();
    }

    @Test
    void anEmptyMessageIsRefusedNextToTheFieldAndNothingIsSent() {
        logInAs("fatima.ali");
        navigateTo("messages");
        int conversations = jdbc.queryForObject("select count(*) from conversation", Integer.class);
        _click(_get(Button.class, spec -> spec.withId("new-conversation")));
        _setValue(_get(TextField.class, spec -> spec.withId("subject")), "Nothing");
        _click(_get(Button.class, spec -> spec.withId("send")));

        TextArea text = _get(TextArea.class, spec -> spec.withId("message-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Please write a message.");
        assertThat(currentPath()).isEqualTo("messages");
        assertThat(jdbc.queryForObject("select count(*) from conversation", Integer.class)).isEqualTo(conversations);
    }

    @Test
    void aClinicianStartsAConversationFromThePatientsRecord() {
        RecordedReferral recorded = referrals.record("daniel.clarke", "greenwich", "Writes", LocalDate.now());
        logInAs("daniel.clarke");
        navigateTo("patients/" + recorded.patient().id());
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("recipient")).getText())
                .isEqualTo("To Test Writes at Greenwich");
        _setValue(_get(TextField.class, spec -> spec.withId("subject")), "Your referral");
        _setValue(_get(TextArea.class, spec -> spec.withId("message-text")), "We have your referral.");
        _click(_get(Button.class, spec -> spec.withId("send")));

        assertThat(currentPath()).startsWith("conversations/");
        assertThat(_get(Main.class).getElement().getTextRecursively()).contains("With Test Writes · Greenwich")
                .contains("We have your referral.").contains("Not read yet");
    }

    @Test
    void someoneElsesConversationTypedIntoTheAddressIsRefused() {
        logInAs("olivia.bennett");
        long id = conversations.startWithCareTeam("Only mine", "For Bedford's care team", UUID.randomUUID().toString());
        for (String user : new String[] {"george.evans", "priya.patel", "manager.bedford", "admin"}) {
            logInAs(user);
            navigateTo("conversations/" + id);
            Main denied = _get(Main.class, spec -> spec.withId("access-denied"));
            assertThat(denied.getElement().getTextRecursively()).as(user).doesNotContain("Olivia");
        }
    }

    /** The unread number on the "Messages" menu item; 0 when hidden. */
    private int badge() {
        SideNavItem messages = _get(SideNavItem.class, spec -> spec.withPredicate(item -> "Messages".equals(item.getLabel())));
        var count = messages.getSuffixComponent();
        return count.isVisible() ? Integer.parseInt(count.getElement().getText()) : 0;
    }
}
