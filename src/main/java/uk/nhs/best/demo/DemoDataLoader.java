package uk.nhs.best.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.nhs.best.messaging.Conversations;

/** In the {@code demo} profile: fills an empty database with the demo and prints the logins. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    @Bean
    DemoData demoData(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        return new DemoData(jdbc, passwords, clock);
    }

    @Bean
    DemoConversations demoConversations(Conversations conversations, UserDetailsService accounts,
                                        SecurityContextHolderStrategy securityContext) {
        return new DemoConversations(conversations, accounts, securityContext);
    }

    @Bean
    ApplicationRunner loadDemoData(DemoData demo, DemoConversations conversations, Environment environment,
                                   @Value("${best.demo.patients-per-site:40}") int patientsPerSite) {
        return (ApplicationArguments args) -> {
            if (demo.isLoaded()) {
                log.info("Demo data is already in the database; left as it is.");
            } else {
                demo.load(patientsPerSite);
                conversations.load();
                log.info("Demo data loaded for Bedford and Greenwich, with a few conversations.");
            }
            log.info(banner(environment.getProperty("local.server.port", "8080")));
        };
    }

    private static String banner(String port) {
        StringBuilder text = new StringBuilder("\n\n  BeST portal is running: http://localhost:" + port + "\n")
                .append("  Demo logins (password for all: ").append(DemoData.PASSWORD).append(")\n");
        text.append(String.format("  %-18s %-13s %-22s %s%n", "username", "role", "site", "who"));
        for (DemoLogin login : DemoData.LOGINS) {
            text.append(String.format("  %-18s %-13s %-22s %s%n", login.username(), login.role(), login.sites(),
                    login.who()));
        }
        return text.toString();
    }
}
