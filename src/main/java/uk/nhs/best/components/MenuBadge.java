package uk.nhs.best.components;

import com.vaadin.flow.component.Component;
import uk.nhs.best.security.PortalUser;

/**
 * A number on a menu item (e.g. unread messages), supplied by the feature that owns the page and
 * kept up to date while the menu is on screen.
 */
public interface MenuBadge {

    /** Whether this badge sits on the menu item of the page. */
    boolean marks(Class<? extends Component> page);

    /** The number for the signed-in user, looking at the site (null on pages of no site). */
    int count(String siteCode);

    /**
     * Calls {@code changed} (on any thread) whenever the user's number may have changed.
     *
     * @return stops the calls
     */
    Runnable onChange(PortalUser user, Runnable changed);
}
