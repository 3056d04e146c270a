package uk.nhs.best.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The local login; with Keycloak configured, anyone who opens it is sent to Keycloak's. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in | BeST portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /** Where Spring Security starts the login for the client registration named {@code keycloak}. */
    public static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    private final boolean singleSignOn;
    private final LoginForm form = new LoginForm();
    private final Paragraph loggedOut = new Paragraph("You have logged out.");

    public LoginView(ObjectProvider<ClientRegistrationRepository> keycloak) {
        singleSignOn = keycloak.getIfAvailable() != null;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        loggedOut.setVisible(false);
        loggedOut.addClassName("login-note");

        Div intro = new Div(new H1("BeST portal"),
                new Paragraph("Back Skills Training: referrals, assessments, group programmes and messages."));
        intro.addClassName("login-intro");
        add(intro, loggedOut, form);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Log in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (singleSignOn) {
            event.forwardToUrl(KEYCLOAK_LOGIN);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        loggedOut.setVisible(parameters.containsKey("logout"));
    }
}
