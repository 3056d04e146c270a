package uk.nhs.best.security.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import uk.nhs.best.security.ui.LoginView;

/**
 * Local login (the embedded default), or single sign-on through Keycloak when a client
 * registration {@code keycloak} is configured, e.g. by the {@code keycloak} profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> keycloak)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The portal's own stylesheet, needed by the login page too.
                .requestMatchers("/styles/**").permitAll());
        if (keycloak.getIfAvailable() != null) {
            // Spring Security signs users in through the context's OIDC user service, KeycloakUsers.
            // Logging out ends the Keycloak session too (RP-initiated logout), then comes back here.
            http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(LoginView.KEYCLOAK_LOGIN, "{baseUrl}/"));
        } else {
            http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
