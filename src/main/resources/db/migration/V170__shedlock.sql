-- Scheduled jobs (expiry, reminders, backups) take a lock row here so that only one app node runs each of them
-- (ShedLock's JDBC provider; the table layout is ShedLock's own).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null,
    primary key (name)
) engine = InnoDB;
