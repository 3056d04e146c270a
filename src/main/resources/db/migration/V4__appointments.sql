-- Appointments at a site: a room, the clinicians and patients in it, from start to end (UTC).
-- Assessments now; group sessions use the same table, so one conflict rule covers both.

create table appointment (
    id            bigint       not null auto_increment primary key,
    site_id       bigint       not null,
    kind          varchar(20)  not null,
    room_id       bigint       not null,
    starts_at     datetime(6)  not null,
    ends_at       datetime(6)  not null,
    status        varchar(30)  not null,
    status_reason varchar(500),
    created_at    datetime(6)  not null,
    created_by    varchar(100) not null,
    version       bigint       not null default 0,
    constraint fk_appointment_site foreign key (site_id) references site (id),
    constraint fk_appointment_room foreign key (room_id) references room (id),
    constraint ck_appointment_times check (ends_at > starts_at),
    constraint ck_appointment_kind check (kind in ('ASSESSMENT', 'GROUP_SESSION')),
    constraint ck_appointment_status check (status in ('BOOKED', 'ATTENDED', 'DID_NOT_ATTEND',
        'CANCELLED_BY_PATIENT', 'CANCELLED_BY_SERVICE'))
);
-- Calendar ranges: appointments are at most a few hours long, so a range query bounded on
-- starts_at from both sides stays an index range scan.
create index ix_appointment_site_start on appointment (site_id, starts_at);
create index ix_appointment_room_start on appointment (room_id, starts_at);

create table appointment_clinician (
    appointment_id bigint not null,
    staff_id       bigint not null,
    primary key (appointment_id, staff_id),
    constraint fk_appointment_clinician_appointment foreign key (appointment_id) references appointment (id),
    constraint fk_appointment_clinician_staff foreign key (staff_id) references staff_member (id)
);
create index ix_appointment_clinician_staff on appointment_clinician (staff_id, appointment_id);

create table appointment_patient (
    appointment_id bigint not null,
    patient_id     bigint not null,
    primary key (appointment_id, patient_id),
    constraint fk_appointment_patient_appointment foreign key (appointment_id) references appointment (id),
    constraint fk_appointment_patient_patient foreign key (patient_id) references patient (id)
);
create index ix_appointment_patient_patient on appointment_patient (patient_id, appointment_id);

create table assessment (
    appointment_id  bigint        not null primary key,
    referral_id     bigint        not null,
    outcome         varchar(30),
    outcome_reason  varchar(2000),
    override_reason varchar(500),
    constraint fk_assessment_appointment foreign key (appointment_id) references appointment (id),
    constraint fk_assessment_referral foreign key (referral_id) references referral (id)
);
create index ix_assessment_referral on assessment (referral_id);
