package uk.nhs.best.mycare;

import java.time.LocalDate;
import uk.nhs.best.groups.EnrolmentStatus;
import uk.nhs.best.groups.GroupSession;
import uk.nhs.best.groups.MyProgramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.best.support.PortalTest;
import uk.nhs.best.support.SignIn;

@PortalTest
class MyCareServiceTest {

    @Autowired
    MyCareService myCare;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aPatientSeesTheirOwnNameAndSite() {
        signIn.as("george.evans");
        assertThat(myCare.myCare()).extracting(MyCare::patientName, MyCare::siteName)
                .containsExactly("George Evans", "Greenwich");
        signIn.as("olivia.bennett");
        assertThat(myCare.myCare()).extracting(MyCare::patientName, MyCare::siteName)
                .containsExactly("Olivia Bennett", "Bedford");
    }

    @Test
    void aPatientInAProgrammeSeesItAndItsSixDates() {
        signIn.as("james.wilson");
        MyProgramme programme = myCare.myCare().programme().orElseThrow();
        assertThat(programme.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(programme.siteName()).isEqualTo("Bedford");
        assertThat(programme.sessions()).hasSize(6).extracting(GroupSession::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(programme.sessions().getFirst().start().toLocalDate()).isAfter(LocalDate.now());

        signIn.as("olivia.bennett");
        assertThat(myCare.myCare().programme()).as("still waiting for her assessment").isEmpty();
    }

    @Test
    void staffHaveNoMyCarePage() {
        signIn.as("amira.khan");
        assertThatThrownBy(() -> myCare.myCare()).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        assertThatThrownBy(() -> myCare.myCare()).isInstanceOf(AccessDeniedException.class);
    }
}
