package uk.nhs.best.messaging;

import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;

/**
 * Something changed in a conversation (a message was sent or read, or it was assigned); screens
 * that show it, or an unread count it is part of, reload what they show.
 */
public record ConversationNotice(long conversationId, long patientId, String siteCode) {

    /** Whether the change shows on this person's screens: their own, or (clinicians) the site's. */
    public boolean concerns(PortalUser user) {
        return (user.hasRole(Role.PATIENT) && Long.valueOf(patientId).equals(user.patientId()))
                || (user.hasRole(Role.CLINICIAN) && user.worksAt(siteCode));
    }
}
