package uk.nhs.best.audit.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;

/**
 * Writes each audit event synchronously, inside the publisher's transaction: a change that is
 * rolled back leaves no audit line, and a change that commits always has one.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";

    private final AuditLogStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditRecorder(AuditLogStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void on(AuditEvent event) {
        String actor = currentUser.find().map(PortalUser::username).orElse(SYSTEM);
        store.append(clock.instant(), actor, event);
    }
}
