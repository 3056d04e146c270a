package uk.nhs.best.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.best.audit.AuditAction;
import uk.nhs.best.audit.AuditEvent;
import uk.nhs.best.common.ClinicTime;
import uk.nhs.best.common.InvalidInputException;
import uk.nhs.best.common.RefusedException;
import uk.nhs.best.messaging.Clinician;
import uk.nhs.best.messaging.Conversation;
import uk.nhs.best.messaging.ConversationNotice;
import uk.nhs.best.messaging.ConversationSummary;
import uk.nhs.best.messaging.Conversations;
import uk.nhs.best.messaging.InboxFilter;
import uk.nhs.best.messaging.Message;
import uk.nhs.best.patients.PatientDirectory;
import uk.nhs.best.patients.PatientSummary;
import uk.nhs.best.referrals.PathwayStage;
import uk.nhs.best.referrals.ReferralQueries;
import uk.nhs.best.security.CurrentUser;
import uk.nhs.best.security.PortalUser;
import uk.nhs.best.security.Role;
import uk.nhs.best.sites.SiteDirectory;
import uk.nhs.best.sites.SiteSummary;

@Service
class ConversationService implements Conversations {

    static final String SUBJECT = "conversation-subject";
    static final String BODY = "message-body";
    private static final int MAX_SUBJECT = 200;

    private final MessageStore store;
    private final MessageCipher cipher;
    private final CurrentUser currentUser;
    private final PatientDirectory patients;
    private final ReferralQueries referrals;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConversationService(MessageStore store, MessageCipher cipher, CurrentUser currentUser, PatientDirectory patients,
                        ReferralQueries referrals, SiteDirectory sites, ApplicationEventPublisher events,
                        TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.patients = patients;
        this.referrals = referrals;
        this.sites = sites;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('PATIENT')")
    public List<ConversationSummary> mine() {
        return store.ofPatient(patientId(currentUser.require())).stream().map(this::summary).toList();
    }

    @Override
    @PreAuthorize("hasRole('PATIENT')")
    public String careTeam() {
        return "the care team at " + homeSite(currentUser.require()).name();
    }

    @Override
    @PreAuthorize("hasRole('CLINICIAN') and @siteAccess.isStaffAt(#siteCode)")
    public List<ConversationSummary> inbox(String siteCode, InboxFilter filter) {
        return store.ofSite(siteCode, filter, currentUser.require().username()).stream().map(this::summary).toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('PATIENT', 'CLINICIAN')")
    @Transactional
    public Conversation open(long conversationId) {
        return show(conversationId, true);
    }

    @Override
    @PreAuthorize("hasAnyRole('PATIENT', 'CLINICIAN')")
    @Transactional
    public Conversation reload(long conversationId) {
        return show(conversationId, false);
    }

    private Conversation show(long conversationId, boolean opening) {
        PortalUser user = currentUser.require();
        MessageStore.ConversationRow row = accessible(conversationId, user);
        boolean patientSide = isPatientSide(row, user);
        markRead(row, user, patientSide);
        if (opening && !patientSide) {
            events.publishEvent(new AuditEvent(AuditAction.CONVERSATION_OPENED, row.patientId(), row.siteId(),
                    "Conversation " + row.id()));
        }
        List<Message> messages = store.messages(conversationId).stream().map(message -> new Message(message.id(),
                message.sentAt(), message.senderName(), message.fromPatient(), cipher.open(message.body(), BODY),
                message.readAt(), message.readBy())).toList();
        return new Conversation(row.id(), row.patientId(), row.patientName(), row.siteCode(), row.siteName(),
                cipher.open(row.subject(), SUBJECT), row.assignedTo(), messages,
                closedReason(row.patientId(), row.siteId(), row.closeDays()).orElse(null));
    }

    @Override
    @PreAuthorize("hasAnyRole('PATIENT', 'CLINICIAN')")
    @Transactional
    public void markRead(long conversationId) {
        PortalUser user = currentUser.require();
        MessageStore.ConversationRow row = accessible(conversationId, user);
        markRead(row, user, isPatientSide(row, user));
    }

    @Override
    @PreAuthorize("hasRole('PATIENT')")
    public long startWithCareTeam(String subject, String text, String idempotencyKey) {
        PortalUser user = currentUser.require();
        long patientId = patientId(user);
        return start(user, patientId, homeSite(user), subject, text, idempotencyKey);
    }

    @Override
    @PreAuthorize("hasRole('CLINICIAN')")
    public String recipient(long patientId) {
        PortalUser user = currentUser.require();
        return patientName(patientId) + " at " + siteOfPatient(patientId, user).name();
    }

    @Override
    @PreAuthorize("hasRole('CLINICIAN')")
    public long startWithPatient(long patientId, String subject, String text, String idempotencyKey) {
        PortalUser user = currentUser.require();
        return start(user, patientId, siteOfPatient(patientId, user), subject, text, idempotencyKey);
    }

    /** The patient's home site first, then the sites they were referred to: the first where the clinician works. */
    private SiteSummary siteOfPatient(long patientId, PortalUser user) {
        PatientSummary patient = patients.find(patientId).orElseThrow(ConversationService::notYourPatient);
        List<Long> candidates = new ArrayList<>(List.of(patient.homeSiteId()));
        referrals.referralsOf(patientId).forEach(referral -> candidates.add(referral.siteId()));
        return candidates.stream().distinct().map(sites::findById).flatMap(Optional::stream)
                .filter(candidate -> user.worksAt(candidate.code())).findFirst()
                .orElseThrow(ConversationService::notYourPatient);
    }

    private String patientName(long patientId) {
        return patients.find(patientId).map(PatientSummary::fullName).orElseThrow(ConversationService::notYourPatient);
    }

    private static AccessDeniedException notYourPatient() {
        return new AccessDeniedException("This patient is not under the care of your sites.");
    }

    private long start(PortalUser user, long patientId, SiteSummary site, String subject, String text, String key) {
        new InvalidInputException.Collector()
                .check(subject == null || subject.isBlank(), "subject", "Please give the conversation a subject.")
                .check(subject != null && subject.strip().length() > MAX_SUBJECT, "subject",
                        "The subject can be at most " + MAX_SUBJECT + " characters.")
                .add("text", textProblem(text)).throwIfAny();
        return sendOnce(user, key, () -> {
            closedReason(patientId, site.id(), store.closeDays(site.id())).ifPresent(reason -> {
                throw new RefusedException(reason);
            });
            long conversationId = store.insertConversation(patientId, site.id(), cipher.seal(subject.strip(), SUBJECT),
                    user.username(), clock.instant());
            append(conversationId, patientId, site.code(), user, user.hasRole(Role.PATIENT), text, key);
            return conversationId;
        });
    }

    @Override
    @PreAuthorize("hasAnyRole('PATIENT', 'CLINICIAN')")
    public void reply(long conversationId, String text, String idempotencyKey) {
        PortalUser user = currentUser.require();
        new InvalidInputException.Collector().add("text", textProblem(text)).throwIfAny();
        sendOnce(user, idempotencyKey, () -> {
            MessageStore.ConversationRow row = accessible(conversationId, user);
            closedReason(row.patientId(), row.siteId(), row.closeDays()).ifPresent(reason -> {
                throw new RefusedException(reason);
            });
            append(row.id(), row.patientId(), row.siteCode(), user, isPatientSide(row, user), text, idempotencyKey);
            return row.id();
        });
    }

    @Override
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public void assign(long conversationId, String clinicianUsername) {
        PortalUser user = currentUser.require();
        MessageStore.ConversationRow row = accessible(conversationId, user);
        if (clinicianUsername != null && store.clinicians(row.siteId()).stream()
                .noneMatch(clinician -> clinician.username().equals(clinicianUsername))) {
            throw new RefusedException("Only a clinician of " + row.siteName() + " can be assigned this conversation.");
        }
        store.assign(conversationId, clinicianUsername);
        events.publishEvent(new AuditEvent(AuditAction.CONVERSATION_ASSIGNED, row.patientId(), row.siteId(),
                "Conversation " + row.id() + (clinicianUsername == null ? " unassigned" : " to " + clinicianUsername)));
        events.publishEvent(new ConversationNotice(row.id(), row.patientId(), row.siteCode()));
    }

    @Override
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<Clinician> clinicians(long conversationId) {
        return store.clinicians(accessible(conversationId, currentUser.require()).siteId());
    }

    @Override
    @PreAuthorize("hasAnyRole('PATIENT', 'CLINICIAN')")
    public int unreadCount(String siteCode) {
        PortalUser user = currentUser.require();
        if (user.hasRole(Role.PATIENT)) {
            return store.unreadForPatient(patientId(user));
        }
        if (siteCode == null || !user.worksAt(siteCode)) {
            throw new AccessDeniedException("You don't work at this site.");
        }
        return sites.findByCode(siteCode).map(site -> store.unreadAtSite(site.id())).orElse(0);
    }

    /** One transaction per send; the same compose sent again (double click, retried request) stores nothing new. */
    private long sendOnce(PortalUser user, String key, Supplier<Long> send) {
        if (key == null || key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("A message needs the compose's idempotency key (1 to 64 characters)");
        }
        Optional<Long> earlier = alreadySent(user, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> {
                if (store.sentSince(user.username(), clock.instant().minus(Duration.ofMinutes(1))) >= MAX_PER_MINUTE) {
                    throw new RefusedException("You have sent " + MAX_PER_MINUTE + " messages in the last minute. "
                            + "Please wait a minute, then send this one again.");
                }
                return send.get();
            });
        } catch (DuplicateKeyException sameComposeAtOnce) {
            return alreadySent(user, key).orElseThrow(() -> sameComposeAtOnce);
        }
    }

    private Optional<Long> alreadySent(PortalUser user, String key) {
        return store.findByIdempotencyKey(key).map(sent -> {
            if (!sent.sender().equals(user.username())) {
                throw new AccessDeniedException("This message was sent by someone else.");
            }
            return sent.conversationId();
        });
    }

    private void append(long conversationId, long patientId, String siteCode, PortalUser user, boolean fromPatient,
                        String text, String key) {
        store.insertMessage(conversationId, clock.instant(), user.username(), user.displayName(), fromPatient,
                cipher.seal(text, BODY), key);
        events.publishEvent(new ConversationNotice(conversationId, patientId, siteCode));
    }

    private void markRead(MessageStore.ConversationRow row, PortalUser user, boolean patientSide) {
        if (store.markRead(row.id(), patientSide, user.username(), user.displayName(), clock.instant()) > 0) {
            events.publishEvent(new ConversationNotice(row.id(), row.patientId(), row.siteCode()));
        }
    }

    /** The same refusal whether the conversation doesn't exist or isn't the user's: ids reveal nothing. */
    private MessageStore.ConversationRow accessible(long conversationId, PortalUser user) {
        return store.conversation(conversationId)
                .filter(row -> isPatientSide(row, user) || (user.hasRole(Role.CLINICIAN) && user.worksAt(row.siteCode())))
                .orElseThrow(() -> new AccessDeniedException("This conversation is not yours to see."));
    }

    private static boolean isPatientSide(MessageStore.ConversationRow row, PortalUser user) {
        return user.hasRole(Role.PATIENT) && Long.valueOf(row.patientId()).equals(user.patientId());
    }

    /** Conversations close a site-set number of days after the patient's discharge from that site. */
    private Optional<String> closedReason(long patientId, long siteId, int closeDays) {
        return store.latestReferral(patientId, siteId)
                .filter(referral -> PathwayStage.DISCHARGED.name().equals(referral.stage()))
                .map(referral -> referral.stageChangedAt().plus(closeDays, ChronoUnit.DAYS))
                .filter(closesAt -> !closesAt.isAfter(clock.instant()))
                .map(closedAt -> "This conversation closed on "
                        + ClinicTime.formatDate(closedAt.atZone(ClinicTime.ZONE).toLocalDate()) + ", " + closeDays
                        + " days after discharge. Please phone the clinic if you need the care team.");
    }

    private static String textProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Please write a message.";
        }
        if (text.length() > MAX_LENGTH) {
            return "A message can be at most " + MAX_LENGTH + " characters; this one has " + text.length() + ".";
        }
        return null;
    }

    private ConversationSummary summary(MessageStore.ListRow row) {
        return new ConversationSummary(row.id(), row.patientId(), row.patientName(), row.siteName(),
                cipher.open(row.subject(), SUBJECT), row.lastMessageAt(), row.unread(), row.assignedTo());
    }

    private static long patientId(PortalUser user) {
        if (user.patientId() == null) {
            throw new AccessDeniedException("Only patients have conversations of their own.");
        }
        return user.patientId();
    }

    private SiteSummary homeSite(PortalUser user) {
        long patientId = patientId(user);
        return patients.find(patientId).flatMap(patient -> sites.findById(patient.homeSiteId()))
                .orElseThrow(() -> new IllegalStateException("Patient " + patientId + " has no home site"));
    }
}
