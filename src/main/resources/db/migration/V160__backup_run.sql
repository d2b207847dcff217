-- Issue #14: the result of each backup (nightly or started by an administrator), shown on the operations page.
create table backup_run (
    id          bigint auto_increment primary key,
    started_at  datetime(6) not null,
    finished_at datetime(6) not null,
    succeeded   boolean not null,
    trigger_by  varchar(50) not null,
    file_name   varchar(255) null,
    bytes       bigint null,
    message     varchar(1000) null,
    index ix_backup_run_started (started_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
