package uk.nhs.best.scheduling;

/** Hours of assessments booked, and the clinicians' working hours, over the same time. */
public record AssessmentTime(double bookedHours, double workingHours) {

    /** The share of working hours booked, or null when nobody works then. */
    public Double share() {
        return workingHours == 0 ? null : bookedHours / workingHours;
    }
}
