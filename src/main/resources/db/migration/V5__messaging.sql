-- Secure messaging between patients and the care team of a site. Messages are append-only and
-- their text is encrypted by the portal (AES-GCM): the database holds only ciphertext.

-- How long after a patient's discharge their conversations with the site stay open for replies.
alter table site add column conversation_close_days int not null default 30;
alter table site add constraint ck_site_conversation_close check (conversation_close_days >= 0);

create table conversation (
    id              bigint       not null auto_increment primary key,
    patient_id      bigint       not null,
    site_id         bigint       not null,
    subject_key_id  varchar(40)  not null,
    subject         blob         not null,
    started_by      varchar(100) not null,
    started_at      datetime(6)  not null,
    last_message_at datetime(6)  not null,
    assigned_to     varchar(100),
    constraint fk_conversation_patient foreign key (patient_id) references patient (id),
    constraint fk_conversation_site foreign key (site_id) references site (id)
);
create index ix_conversation_site_last on conversation (site_id, last_message_at);
create index ix_conversation_patient_last on conversation (patient_id, last_message_at);

create table message (
    id              bigint       not null auto_increment primary key,
    conversation_id bigint       not null,
    sent_at         datetime(6)  not null,
    sender          varchar(100) not null,
    sender_name     varchar(160) not null,
    from_patient    boolean      not null,
    key_id          varchar(40)  not null,
    body            blob         not null,
    -- One per compose in the browser: a double click or a retried request stores the message once.
    idempotency_key varchar(64)  not null,
    constraint uk_message_idempotency unique (idempotency_key),
    constraint fk_message_conversation foreign key (conversation_id) references conversation (id)
);
create index ix_message_conversation on message (conversation_id, id);
create index ix_message_sender_time on message (sender, sent_at);

-- Read receipts live beside the messages, which never change: the first reader on the other side.
create table message_read (
    message_id   bigint       not null primary key,
    read_at      datetime(6)  not null,
    read_by      varchar(100) not null,
    read_by_name varchar(160) not null,
    constraint fk_message_read_message foreign key (message_id) references message (id)
);

create trigger trg_message_no_update before update on message for each row
    signal sqlstate '45000' set message_text = 'A message cannot be changed once sent';
create trigger trg_message_no_delete before delete on message for each row
    signal sqlstate '45000' set message_text = 'A message cannot be deleted once sent';
