package uk.nhs.best.dashboard;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.best.groups.GroupRates;
import uk.nhs.best.groups.GroupTasks;
import uk.nhs.best.groups.ProgrammeSummary;
import uk.nhs.best.referrals.WaitingList;
import uk.nhs.best.referrals.WaitingListFigures;
import uk.nhs.best.scheduling.ScheduledAssessment;
import uk.nhs.best.scheduling.ScheduledGroupSession;

/**
 * What a site's staff see first: the day's and the week's appointments, the waiting lists against
 * the site's targets, the group programmes that need filling, the tasks, and this quarter's rates.
 *
 * @param todaysAssessments  today's booked or held assessments, by time
 * @param assessmentsThisWeek this week's (Monday to Sunday) assessments, today's included
 * @param programmesWithPlaces coming or running programmes with free places
 * @param startingSoon       programmes whose first session is in the next 14 days
 * @param quarter            DNA and completion figures since the quarter began
 */
public record SiteDashboard(String siteCode, String siteName, LocalDate today, long patients, long clinicians,
                            long rooms, int assessmentTargetWeeks, int groupTargetWeeks,
                            List<WaitingListFigures> waitingLists, List<ScheduledAssessment> todaysAssessments,
                            int assessmentsThisWeek, List<ScheduledGroupSession> todaysSessions,
                            int sessionsThisWeek, List<ProgrammeSummary> programmesWithPlaces,
                            List<ProgrammeSummary> startingSoon, GroupTasks groupTasks, GroupRates quarter) {

    public WaitingListFigures list(WaitingList list) {
        return waitingLists.stream().filter(f -> f.list() == list).findFirst().orElseThrow();
    }
}
