package uk.nhs.best.dashboard;

import uk.nhs.best.groups.Enrolments.PlacesFilled;
import uk.nhs.best.groups.GroupRates;
import uk.nhs.best.referrals.WaitingListFigures;

/** One site's row in the all-sites table: counts and rates, no patient in them. */
public record SiteComparison(String siteCode, String siteName, int assessmentTargetWeeks, int groupTargetWeeks,
                             WaitingListFigures awaitingAssessment, WaitingListFigures awaitingGroup,
                             PlacesFilled groupPlaces, GroupRates quarter) {
}
