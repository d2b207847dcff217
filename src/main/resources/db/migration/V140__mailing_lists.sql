-- Members' mailing lists, managed by an administrator (KD_NEWSLETTER_LISTS only seeds an empty table).
create table mailing_list (
    id         bigint auto_increment primary key,
    name       varchar(100) not null,
    active     boolean not null default true,
    updated_at datetime(6) not null,
    version    bigint not null default 0,
    constraint uq_mailing_list_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table mailing_list_address (
    list_id bigint not null,
    address varchar(254) not null,
    primary key (list_id, address),
    constraint fk_mailing_list_address foreign key (list_id) references mailing_list (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Per list, what happened to a newsletter's mail: PENDING until the commit, then SENT (every address handed to the
-- mail server), PARTLY (some refused), FAILED (none accepted) or NOT_CONFIGURED (no mail server: only logged).
create table newsletter_delivery (
    newsletter_id bigint not null,
    list_name     varchar(100) not null,
    addresses     int not null,
    handed_over   int not null default 0,
    status        varchar(20) not null,
    finished_at   datetime(6) null,
    primary key (newsletter_id, list_name),
    constraint fk_newsletter_delivery foreign key (newsletter_id) references newsletter (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
