-- Sites, rooms, staff, patients, referrals and user accounts: the walking skeleton's tables.
-- Every table has a primary key (Galera needs one); times are stored in UTC.

create table site (
    id                      bigint       not null auto_increment primary key,
    code                    varchar(40)  not null,
    name                    varchar(120) not null,
    address                 varchar(300),
    phone                   varchar(40),
    group_min_size          int          not null default 6,
    group_max_size          int          not null default 8,
    assessment_target_weeks int          not null default 6,
    group_target_weeks      int          not null default 18,
    opens_at                time         not null default '08:00:00',
    closes_at               time         not null default '18:00:00',
    version                 bigint       not null default 0,
    constraint uk_site_code unique (code),
    constraint ck_site_group_sizes check (group_min_size >= 1 and group_max_size >= group_min_size),
    constraint ck_site_targets check (assessment_target_weeks > 0 and group_target_weeks > 0),
    constraint ck_site_hours check (opens_at < closes_at)
);

create table room (
    id       bigint      not null auto_increment primary key,
    site_id  bigint      not null,
    name     varchar(80) not null,
    capacity int         not null default 1,
    active   boolean     not null default true,
    constraint fk_room_site foreign key (site_id) references site (id),
    constraint uk_room_site_name unique (site_id, name),
    constraint ck_room_capacity check (capacity > 0)
);

create table staff_member (
    id          bigint       not null auto_increment primary key,
    given_name  varchar(80)  not null,
    family_name varchar(80)  not null,
    profession  varchar(30)  not null,
    email       varchar(200) not null,
    phone       varchar(40),
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint uk_staff_email unique (email)
);

-- What a member of staff does at a site: a person may be a clinician at one site and the
-- manager of another.
create table staff_site_membership (
    staff_id  bigint      not null,
    site_id   bigint      not null,
    site_role varchar(20) not null,
    primary key (staff_id, site_id, site_role),
    constraint fk_membership_staff foreign key (staff_id) references staff_member (id),
    constraint fk_membership_site foreign key (site_id) references site (id),
    constraint ck_membership_role check (site_role in ('CLINICIAN', 'SITE_MANAGER'))
);
create index ix_membership_site on staff_site_membership (site_id, site_role);

create table working_hours (
    id          bigint  not null auto_increment primary key,
    staff_id    bigint  not null,
    site_id     bigint  not null,
    day_of_week tinyint not null,
    starts_at   time    not null,
    ends_at     time    not null,
    constraint fk_hours_staff foreign key (staff_id) references staff_member (id),
    constraint fk_hours_site foreign key (site_id) references site (id),
    constraint ck_hours_day check (day_of_week between 1 and 7),
    constraint ck_hours_order check (starts_at < ends_at)
);
create index ix_hours_site_day on working_hours (site_id, day_of_week);

create table patient (
    id            bigint       not null auto_increment primary key,
    nhs_number    char(10)     not null,
    given_name    varchar(80)  not null,
    family_name   varchar(80)  not null,
    date_of_birth date         not null,
    phone         varchar(40),
    email         varchar(200),
    address_line  varchar(300),
    postcode      varchar(10),
    home_site_id  bigint       not null,
    created_at    datetime(6)  not null,
    version       bigint       not null default 0,
    constraint uk_patient_nhs_number unique (nhs_number),
    constraint fk_patient_site foreign key (home_site_id) references site (id)
);
create index ix_patient_site_name on patient (home_site_id, family_name, given_name);

create table referral (
    id            bigint        not null auto_increment primary key,
    patient_id    bigint        not null,
    site_id       bigint        not null,
    referral_date date          not null,
    gp_practice   varchar(200)  not null,
    reason        varchar(2000) not null,
    notes         varchar(4000),
    status        varchar(30)   not null,
    created_at    datetime(6)   not null,
    version       bigint        not null default 0,
    constraint fk_referral_patient foreign key (patient_id) references patient (id),
    constraint fk_referral_site foreign key (site_id) references site (id)
);
create index ix_referral_site_status_date on referral (site_id, status, referral_date);

create table user_account (
    id            bigint       not null auto_increment primary key,
    username      varchar(100) not null,
    password_hash varchar(100),
    display_name  varchar(160) not null,
    staff_id      bigint,
    patient_id    bigint,
    enabled       boolean      not null default true,
    created_at    datetime(6)  not null,
    constraint uk_account_username unique (username),
    constraint fk_account_staff foreign key (staff_id) references staff_member (id),
    constraint fk_account_patient foreign key (patient_id) references patient (id),
    constraint ck_account_person check (staff_id is null or patient_id is null)
);

create table user_account_role (
    account_id bigint      not null,
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references user_account (id),
    constraint ck_account_role check (role in ('ADMIN', 'SITE_MANAGER', 'CLINICIAN', 'PATIENT'))
);
