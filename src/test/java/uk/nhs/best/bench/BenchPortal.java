package uk.nhs.best.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.best.BestPortalApplication;

/** What every benchmark does: start the portal on a throw-away database, sign in, time a call. */
final class BenchPortal {

    private BenchPortal() {
    }

    /** The whole portal with the demo, {@code patientsPerSite} patients at each site. */
    static ConfigurableApplicationContext start(int patientsPerSite) {
        return new SpringApplicationBuilder(BestPortalApplication.class)
                .profiles("demo", "throwaway")
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "best.demo.patients-per-site", String.valueOf(patientsPerSite)))
                .run();
    }

    /** Signs the demo user in on this thread, so calls go through the services' security. */
    static void signIn(ConfigurableApplicationContext portal, String username) {
        UserDetails user = portal.getBean(UserDetailsService.class).loadUserByUsername(username);
        portal.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Runs {@code work} {@code warmUp} times untimed, then {@code runs} times; prints p50 and p95. */
    static void measure(String name, int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %s_p50 %.2f ms%n", name, millis[runs / 2]);
        System.out.printf("BENCH %s_p95 %.2f ms%n", name, millis[(int) Math.ceil(runs * 0.95) - 1]);
    }
}
