-- Issue #13: e-mail leaves through a durable outbox. A mail is written in the transaction of the change it reports
-- (so it exists exactly when the change committed), sent by a background worker with SMTP timeouts, and retried
-- with growing pauses; its state is what the screens show.
create table mail_outbox (
    id              bigint auto_increment primary key,
    recipient       varchar(254) not null,
    subject         varchar(500) not null,
    body            text not null,
    topic           varchar(100) null,
    status          varchar(10) not null,
    attempts        int not null default 0,
    next_attempt_at datetime(6) not null,
    last_error      varchar(500) null,
    created_at      datetime(6) not null,
    sent_at         datetime(6) null,
    index ix_mail_outbox_due (status, next_attempt_at),
    index ix_mail_outbox_topic (topic)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
