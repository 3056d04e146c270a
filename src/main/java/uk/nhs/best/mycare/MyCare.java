package uk.nhs.best.mycare;

import java.util.List;
import java.util.Optional;
import uk.nhs.best.groups.MyProgramme;
import uk.nhs.best.scheduling.ScheduledAssessment;

/**
 * What a patient sees on "My care": who and where they are, their coming appointments and their
 * group programme, if they are in one or waiting for one.
 */
public record MyCare(String patientName, String siteName, List<ScheduledAssessment> appointments,
                     Optional<MyProgramme> programme) {
}
