-- Change notices shared by every portal instance (uk.nhs.best.live): a row says "something under
-- this topic changed"; each instance polls for rows newer than the last it saw and tells its own
-- live screens. Rows are deleted after a few minutes; nothing else refers to them.
create table change_notice (
    id         bigint       not null auto_increment primary key,
    topic      varchar(120) not null,
    notice_key varchar(120) not null,
    created_at timestamp(3) not null default current_timestamp(3),
    index ix_change_notice_created_at (created_at)
);
