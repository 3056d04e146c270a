package uk.nhs.best.groups;

import java.util.List;

/** A patient's own programme as "My care" shows it. */
public record MyProgramme(String name, String siteName, String roomName, EnrolmentStatus status,
                          List<GroupSession> sessions) {
}
