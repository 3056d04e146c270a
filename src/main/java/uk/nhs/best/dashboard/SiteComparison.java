package uk.nhs.best.dashboard;

import uk.nhs.best.groups.Enrolments.PlacesFilled;
import uk.nhs.best.groups.GroupRates;
import uk.nhs.best.referrals.WaitingListFigures;
import uk.nhs.best.scheduling.AssessmentTime;

/**
 * One site's row in the all-sites table: counts and rates, no patient in them.
 *
 * @param assessmentTime this week's assessment hours against the clinicians' working hours
 */
public record SiteComparison(String siteCode, String siteName, int assessmentTargetWeeks, int groupTargetWeeks,
                             WaitingListFigures awaitingAssessment, WaitingListFigures awaitingGroup,
                             AssessmentTime assessmentTime, PlacesFilled groupPlaces, GroupRates quarter) {
}
