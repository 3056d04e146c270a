package uk.nhs.best.mycare;

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
    void staffHaveNoMyCarePage() {
        signIn.as("amira.khan");
        assertThatThrownBy(() -> myCare.myCare()).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        assertThatThrownBy(() -> myCare.myCare()).isInstanceOf(AccessDeniedException.class);
    }
}
