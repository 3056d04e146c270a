-- Group programmes: a series of 6 weekly sessions. Each session is an appointment (kind
-- GROUP_SESSION), so the one clash rule keeps clinicians and rooms out of two places at once.

-- What calendars show for appointments that are not about one patient, e.g. a group session.
alter table appointment add column title varchar(200) null;

create table group_programme (
    id            bigint       not null auto_increment primary key,
    site_id       bigint       not null,
    room_id       bigint       not null,
    name          varchar(120) not null,
    day_of_week   varchar(9)   not null,
    starts_at     time         not null,
    first_date    date         not null,
    min_size      int          not null,
    max_size      int          not null,
    status        varchar(20)  not null,
    status_reason varchar(500),
    created_at    datetime(6)  not null,
    created_by    varchar(100) not null,
    version       bigint       not null default 0,
    constraint fk_group_programme_site foreign key (site_id) references site (id),
    constraint fk_group_programme_room foreign key (room_id) references room (id),
    constraint ck_group_programme_sizes check (min_size >= 1 and max_size >= min_size),
    constraint ck_group_programme_status check (status in ('ACTIVE', 'CLOSED', 'CANCELLED'))
);
create index ix_group_programme_site_date on group_programme (site_id, first_date);

create table group_programme_facilitator (
    programme_id bigint not null,
    staff_id     bigint not null,
    primary key (programme_id, staff_id),
    constraint fk_facilitator_programme foreign key (programme_id) references group_programme (id),
    constraint fk_facilitator_staff foreign key (staff_id) references staff_member (id)
);

create table group_session (
    appointment_id bigint       not null primary key,
    programme_id   bigint       not null,
    number         int          not null,
    note           varchar(300),
    constraint fk_group_session_appointment foreign key (appointment_id) references appointment (id),
    constraint fk_group_session_programme foreign key (programme_id) references group_programme (id),
    constraint uq_group_session_number unique (programme_id, number)
);

-- A patient's place on a programme, or on its waiting list. At most one open enrolment per
-- patient: the generated column is the patient while the enrolment is open, null otherwise.
create table enrolment (
    id            bigint       not null auto_increment primary key,
    programme_id  bigint       not null,
    patient_id    bigint       not null,
    referral_id   bigint       not null,
    status        varchar(20)  not null,
    status_reason varchar(500),
    listed_at     datetime(6)  not null,
    changed_at    datetime(6)  not null,
    changed_by    varchar(100) not null,
    version       bigint       not null default 0,
    open_patient_id bigint as (case when status in ('ENROLLED', 'OFFERED', 'WAITING') then patient_id end) persistent,
    constraint fk_enrolment_programme foreign key (programme_id) references group_programme (id),
    constraint fk_enrolment_patient foreign key (patient_id) references patient (id),
    constraint fk_enrolment_referral foreign key (referral_id) references referral (id),
    constraint ck_enrolment_status check (status in ('ENROLLED', 'WAITING', 'OFFERED', 'WITHDRAWN', 'DECLINED',
        'COMPLETED', 'NOT_COMPLETED', 'PROGRAMME_CANCELLED')),
    constraint uq_enrolment_open_patient unique (open_patient_id)
);
create index ix_enrolment_programme on enrolment (programme_id, status, listed_at);
create index ix_enrolment_patient on enrolment (patient_id);

-- The register: one line per mark; a correction is a new line, so the history keeps both.
create table attendance (
    id             bigint       not null auto_increment primary key,
    appointment_id bigint       not null,
    enrolment_id   bigint       not null,
    mark           varchar(30)  not null,
    recorded_at    datetime(6)  not null,
    recorded_by    varchar(100) not null,
    constraint fk_attendance_session foreign key (appointment_id) references group_session (appointment_id),
    constraint fk_attendance_enrolment foreign key (enrolment_id) references enrolment (id),
    constraint ck_attendance_mark check (mark in ('ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED_BY_PATIENT',
        'CANCELLED_BY_SERVICE'))
);
create index ix_attendance_session on attendance (appointment_id, enrolment_id, id);
create index ix_attendance_enrolment on attendance (enrolment_id, id);

create trigger trg_attendance_no_update before update on attendance for each row
    signal sqlstate '45000' set message_text = 'A register mark is corrected by a new mark, never changed';
create trigger trg_attendance_no_delete before delete on attendance for each row
    signal sqlstate '45000' set message_text = 'A register mark is corrected by a new mark, never changed';
