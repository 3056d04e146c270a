package uk.nhs.best.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByOidcSubject(String oidcSubject);

    List<UserAccount> findByStaffId(long staffId);

    List<UserAccount> findByPatientId(long patientId);

    /** Links the account to a Keycloak user unless it already is: returns 0 when it was. */
    @Modifying
    @Query("update UserAccount a set a.oidcSubject = :subject where a.id = :id and a.oidcSubject is null")
    int linkOnce(long id, String subject);
}
