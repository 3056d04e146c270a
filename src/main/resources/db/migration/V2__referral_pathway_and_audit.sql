-- A referral carries the patient's pathway stage at a site; its history and the audit log are
-- append-only.

alter table referral change column status stage varchar(30) not null;
alter table referral add column stage_changed_at datetime(6) null after stage;
alter table referral add column stage_reason varchar(2000) null after stage_changed_at;
alter table referral add column recorded_by varchar(100) null after notes;
update referral set stage = 'AWAITING_ASSESSMENT' where stage = 'ACCEPTED';
update referral set stage_changed_at = created_at where stage_changed_at is null;
alter table referral modify stage_changed_at datetime(6) not null;
alter table referral add constraint ck_referral_stage check (stage in ('AWAITING_SCREENING', 'ON_HOLD',
    'REJECTED', 'AWAITING_ASSESSMENT', 'ASSESSMENT_BOOKED', 'AWAITING_GROUP', 'IN_GROUP', 'DISCHARGED'));
-- The new index first: the site foreign key needs one on site_id at all times.
create index ix_referral_site_stage_date on referral (site_id, stage, referral_date);
drop index ix_referral_site_status_date on referral;
create index ix_referral_patient on referral (patient_id, referral_date);

create table referral_event (
    id          bigint        not null auto_increment primary key,
    referral_id bigint        not null,
    occurred_at datetime(6)   not null,
    actor       varchar(100)  not null,
    kind        varchar(40)   not null,
    from_stage  varchar(30),
    to_stage    varchar(30)   not null,
    reason      varchar(2000),
    constraint fk_referral_event_referral foreign key (referral_id) references referral (id)
);
create index ix_referral_event_referral on referral_event (referral_id, occurred_at);

create table audit_event (
    id          bigint        not null auto_increment primary key,
    occurred_at datetime(6)   not null,
    actor       varchar(100)  not null,
    action      varchar(60)   not null,
    patient_id  bigint,
    site_id     bigint,
    details     varchar(2000),
    constraint fk_audit_patient foreign key (patient_id) references patient (id),
    constraint fk_audit_site foreign key (site_id) references site (id)
);
create index ix_audit_site_time on audit_event (site_id, occurred_at);
create index ix_audit_patient_time on audit_event (patient_id, occurred_at);

-- Nobody edits history: not the app, not a stray script on the app's account.
create trigger trg_audit_event_no_update before update on audit_event for each row
    signal sqlstate '45000' set message_text = 'The audit log cannot be changed';
create trigger trg_audit_event_no_delete before delete on audit_event for each row
    signal sqlstate '45000' set message_text = 'The audit log cannot be changed';
create trigger trg_referral_event_no_update before update on referral_event for each row
    signal sqlstate '45000' set message_text = 'Referral history cannot be changed';
create trigger trg_referral_event_no_delete before delete on referral_event for each row
    signal sqlstate '45000' set message_text = 'Referral history cannot be changed';
