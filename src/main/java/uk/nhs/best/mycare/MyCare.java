package uk.nhs.best.mycare;

/** What a patient sees on "My care" (appointments and messages arrive with their features). */
public record MyCare(String patientName, String siteName) {
}
