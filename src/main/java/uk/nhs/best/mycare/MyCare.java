package uk.nhs.best.mycare;

import java.util.List;
import uk.nhs.best.scheduling.ScheduledAssessment;

/** What a patient sees on "My care": who and where they are, and their coming appointments. */
public record MyCare(String patientName, String siteName, List<ScheduledAssessment> appointments) {
}
