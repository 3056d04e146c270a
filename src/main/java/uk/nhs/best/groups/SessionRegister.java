package uk.nhs.best.groups;

import java.util.List;

/** A session's register: the enrolled patients and their marks. */
public record SessionRegister(String siteCode, long programmeId, String programmeName, GroupSession session,
                              boolean open, List<RegisterLine> lines) {
}
