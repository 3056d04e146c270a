package uk.nhs.best.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;
import uk.nhs.best.support.TestReferrals;

@PortalTest
class WaitingListsTest {

    @Autowired
    WaitingLists lists;

    @Autowired
    ReferralDecisions decisions;

    @Autowired
    TestReferrals referrals;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(ClinicTime.ZONE);

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void eachListCountsWhatTheDatabaseHoldsAndPagesThroughItOldestFirst() {
        signIn.as("tom.hughes");
        for (WaitingList list : WaitingList.values()) {
            WaitingListQuery query = WaitingListQuery.of(list);
            int count = lists.count("bedford", query);
            assertThat(count).as(list.name()).isEqualTo(jdbc.queryForObject("select count(*) from referral r "
                    + "join site s on s.id = r.site_id where s.code = 'bedford' and r.stage in ("
                    + String.join(",", list.stages().stream().map(stage -> "'" + stage + "'").toList()) + ")",
                    Integer.class)).isPositive();
            List<WaitingPatient> all = lists.page("bedford", query, 0, 1000);
            assertThat(all).hasSize(count).isSortedAccordingTo(Comparator.comparing(WaitingPatient::referralDate));
            assertThat(all).allMatch(patient -> list.stages().contains(patient.stage()));
            List<WaitingPatient> secondPage = lists.page("bedford", query, 5, 5);
            assertThat(secondPage).isEqualTo(all.subList(5, Math.min(10, count)));
        }
    }

    @Test
    void targetsAreMeasuredFromTheReferralDate() {
        signIn.as("amira.khan");
        long breached = accepted("Breached", today.minusWeeks(6).minusDays(1));
        long dueSoon = accepted("DueSoon", today.minusWeeks(6).plusDays(3));
        long onTrack = accepted("OnTrack", today.minusWeeks(1));
        WaitingListQuery assessment = WaitingListQuery.of(WaitingList.AWAITING_ASSESSMENT);

        assertThat(find(assessment.withText("Breached"), breached).targetStatus()).isEqualTo(TargetStatus.BREACHED);
        WaitingPatient soon = find(assessment.withText("DueSoon"), dueSoon);
        assertThat(soon.targetStatus()).isEqualTo(TargetStatus.DUE_SOON);
        assertThat(soon.targetDate()).isEqualTo(today.plusDays(3));
        assertThat(soon.weeksWaiting()).isEqualTo(5);
        assertThat(find(assessment.withText("OnTrack"), onTrack).targetStatus()).isEqualTo(TargetStatus.ON_TRACK);

        for (TargetStatus status : TargetStatus.values()) {
            assertThat(lists.page("bedford", assessment.withTarget(status), 0, 1000))
                    .as(status.name()).isNotEmpty().allMatch(patient -> patient.targetStatus() == status);
        }
    }

    @Test
    void searchFindsPatientsByNameOrNhsNumber() {
        signIn.as("amira.khan");
        var recorded = referrals.record("amira.khan", "bedford", "Searchable", today.minusDays(2));
        WaitingListQuery screening = WaitingListQuery.of(WaitingList.AWAITING_SCREENING);

        assertThat(lists.page("bedford", screening.withText("searchab"), 0, 50))
                .extracting(WaitingPatient::referralId).containsExactly(recorded.referralId());
        assertThat(lists.page("bedford", screening.withText(recorded.patient().nhsNumber().formatted()), 0, 50))
                .extracting(WaitingPatient::referralId).containsExactly(recorded.referralId());
        assertThat(lists.count("bedford", screening.withText("Test Searchable"))).isEqualTo(1);
        assertThat(lists.count("bedford", screening.withText("nobody-is-called-this"))).isZero();
    }

    @Test
    void sortingByNameOrShortestWaitComesFromTheQuery() {
        signIn.as("amira.khan");
        WaitingListQuery group = WaitingListQuery.of(WaitingList.AWAITING_GROUP);
        assertThat(lists.page("bedford", group.withSort(WaitingListQuery.Sort.SHORTEST_WAITING), 0, 500))
                .isSortedAccordingTo(Comparator.comparing(WaitingPatient::referralDate).reversed());
        List<WaitingPatient> byName = lists.page("bedford", group.withSort(WaitingListQuery.Sort.NAME_A_TO_Z), 0, 500);
        assertThat(byName).extracting(patient -> patient.patientName().substring(patient.patientName().indexOf(' ') + 1))
                .isSorted();
    }

    @Test
    void rejectedAndDischargedPatientsAreOnNoList() {
        signIn.as("amira.khan");
        var rejected = referrals.record("amira.khan", "bedford", "Gone", today.minusDays(2));
        ReferralSummary summary = decisions.referral(rejected.referralId());
        decisions.reject(summary.id(), summary.version(), "Not back pain");
        for (WaitingList list : WaitingList.values()) {
            assertThat(lists.count("bedford", WaitingListQuery.of(list).withText("Test Gone"))).isZero();
        }
    }

    @Test
    void listsBelongToTheSitesStaff() {
        signIn.as("manager.bedford");
        assertThat(lists.count("bedford", WaitingListQuery.of(WaitingList.AWAITING_GROUP))).isPositive();
        for (String outsider : List.of("priya.patel", "manager.greenwich", "admin", "olivia.bennett")) {
            signIn.as(outsider);
            assertThatThrownBy(() -> lists.page("bedford", WaitingListQuery.of(WaitingList.AWAITING_GROUP), 0, 10))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
    }

    private long accepted(String name, LocalDate referralDate) {
        long id = referrals.record("amira.khan", "bedford", name, referralDate).referralId();
        ReferralSummary referral = decisions.referral(id);
        decisions.accept(id, referral.version());
        return id;
    }

    private WaitingPatient find(WaitingListQuery query, long referralId) {
        return lists.page("bedford", query, 0, 50).stream().filter(p -> p.referralId() == referralId).findFirst()
                .orElseThrow();
    }
}
