package uk.nhs.best.messaging.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.best.components.SiteMenu;
import uk.nhs.best.messaging.ConversationBroadcaster;
import uk.nhs.best.messaging.Conversations;
import uk.nhs.best.messaging.InboxFilter;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;

/** Every conversation with the site's patients, for its clinicians. */
@Route("sites/:site/messages")
@PageTitle("Messages | BeST portal")
@SiteMenu(title = "Messages", order = 40)
@RolesAllowed("CLINICIAN")
public class SiteInboxView extends Main implements BeforeEnterObserver {

    private final transient Conversations conversations;
    private final RadioButtonGroup<InboxFilter> filter = new RadioButtonGroup<>();
    private final ConversationList list = new ConversationList(true);
    private String siteCode;

    public SiteInboxView(Conversations conversations, ConversationBroadcaster broadcaster, CurrentUser currentUser) {
        this.conversations = conversations;
        addClassName("messages");
        filter.setId("inbox-filter");
        filter.setAriaLabel("Show");
        filter.setItems(InboxFilter.values());
        filter.setItemLabelGenerator(InboxFilter::label);
        filter.setValue(InboxFilter.UNREAD);
        filter.addValueChangeListener(change -> refresh());
        add(new H2("Messages"), filter, list);
        PortalUser user = currentUser.require();
        LiveNotices.whileAttached(this, broadcaster,
                notice -> notice.siteCode().equals(siteCode) && notice.concerns(user), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        siteCode = event.getRouteParameters().get("site").orElseThrow();
        refresh();
    }

    private void refresh() {
        list.show(conversations.inbox(siteCode, filter.getValue()));
    }
}
