-- The platform: workplaces (所属), users and roles, the audit trail and in-app notifications.

create table workplace (
    id                bigint auto_increment primary key,
    parent_id         bigint null,
    name              varchar(100) not null,
    regular_staff     int not null default 0,
    non_regular_staff int not null default 0,
    members           int not null default 0,
    sort_order        int not null default 0,
    version           bigint not null default 0,
    constraint fk_workplace_parent foreign key (parent_id) references workplace (id),
    constraint ck_workplace_counts check (regular_staff >= 0 and non_regular_staff >= 0 and members >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_workplace_parent on workplace (parent_id, sort_order);

create table app_user (
    id               bigint auto_increment primary key,
    username         varchar(50) not null,
    display_name     varchar(100) not null,
    email            varchar(254) null,
    password_hash    varchar(255) not null,
    enabled          boolean not null default true,
    failed_attempts  int not null default 0,
    first_failure_at datetime(6) null,
    locked_until     datetime(6) null,
    lockouts         int not null default 0,
    created_at       datetime(6) not null,
    version          bigint not null default 0,
    constraint uq_app_user_username unique (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table app_user_role (
    user_id bigint not null,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade
) engine = InnoDB;

-- Which workplaces a recruiter (青年部・組織担当) is assigned to.
create table app_user_workplace (
    user_id      bigint not null,
    workplace_id bigint not null,
    primary key (user_id, workplace_id),
    constraint fk_app_user_workplace_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint fk_app_user_workplace_workplace foreign key (workplace_id) references workplace (id)
) engine = InnoDB;

create table audit_event (
    id          bigint auto_increment primary key,
    occurred_at datetime(6) not null,
    actor       varchar(50) not null,
    action      varchar(60) not null,
    target_type varchar(40) null,
    target_id   varchar(60) null,
    details     varchar(1000) null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_audit_event_time on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor, occurred_at);
create index ix_audit_event_action on audit_event (action, occurred_at);

-- The audit trail is append-only: the database itself refuses to change or remove an entry.
create trigger audit_event_no_update before update on audit_event for each row
    signal sqlstate '45000' set message_text = 'audit_event is append-only';
create trigger audit_event_no_delete before delete on audit_event for each row
    signal sqlstate '45000' set message_text = 'audit_event is append-only';

create table notification (
    id         bigint auto_increment primary key,
    recipient  varchar(50) not null,
    message_key varchar(100) not null,
    argument   varchar(1000) null,
    link       varchar(300) null,
    created_at datetime(6) not null,
    read_at    datetime(6) null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_notification_recipient on notification (recipient, read_at, created_at);
