-- Bargaining log (団体交渉の記録) and the same-day newsletter (速報・教宣紙).

create table bargaining_season (
    id        bigint auto_increment primary key,
    name      varchar(100) not null,
    starts_on date not null,
    version   bigint not null default 0,
    constraint uq_bargaining_season_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A demand (要求項目) lives across the sessions of its season until it is settled (妥結).
create table demand (
    id         bigint auto_increment primary key,
    season_id  bigint not null,
    title      varchar(200) not null,
    sort_order int not null default 0,
    version    bigint not null default 0,
    constraint fk_demand_season foreign key (season_id) references bargaining_season (id),
    constraint uq_demand_title unique (season_id, title)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table bargaining_session (
    id                       bigint auto_increment primary key,
    season_id                bigint not null,
    held_on                  date not null,
    starts_at                time null,
    ends_at                  time null,
    kind                     varchar(30) not null,
    employer_side            text null,
    our_attendees            text null,
    agreements               text null,
    carried_over             text null,
    notes                    text null,
    newsletter_id            bigint null,
    newsletter_published_at  datetime(6) null,
    created_by               varchar(50) not null,
    updated_by               varchar(50) not null,
    updated_at               datetime(6) not null,
    version                  bigint not null default 0,
    constraint fk_session_season foreign key (season_id) references bargaining_season (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_session_held on bargaining_session (held_on);
create index ix_session_season on bargaining_session (season_id, held_on);

-- The employer's answer to one demand in one session.
create table demand_answer (
    session_id bigint not null,
    sort_order int not null,
    demand_id  bigint not null,
    answer     varchar(2000) null,
    outcome    varchar(20) not null,
    primary key (session_id, sort_order),
    constraint fk_demand_answer_session foreign key (session_id) references bargaining_session (id) on delete cascade,
    constraint fk_demand_answer_demand foreign key (demand_id) references demand (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_demand_answer_demand on demand_answer (demand_id);

-- Photos are stored by the media module; a session lists their ids.
create table session_photo (
    session_id bigint not null,
    sort_order int not null,
    image_id   bigint not null,
    primary key (session_id, sort_order),
    constraint fk_session_photo_session foreign key (session_id) references bargaining_session (id) on delete cascade
) engine = InnoDB;

create table newsletter (
    id               bigint auto_increment primary key,
    session_id       bigint null,
    season_id        bigint null,
    issue_year       int null,
    issue_number     int null,
    issue_date       date not null,
    headline         varchar(200) not null,
    lead_text        text null,
    agreements       text null,
    next_steps       text null,
    status           varchar(20) not null,
    submitted_at     datetime(6) null,
    reapproval       boolean not null default false,
    published_at     datetime(6) null,
    public_token     varchar(40) null,
    token_revoked_at datetime(6) null,
    view_count       bigint not null default 0,
    mailed_to        varchar(2000) null,
    created_by       varchar(50) not null,
    updated_at       datetime(6) not null,
    version          bigint not null default 0,
    -- a number is never given twice in a year
    constraint uq_newsletter_number unique (issue_year, issue_number),
    constraint uq_newsletter_token unique (public_token)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_newsletter_status on newsletter (status, updated_at);

create table newsletter_row (
    newsletter_id bigint not null,
    sort_order    int not null,
    demand        varchar(200) not null,
    answer        varchar(2000) null,
    primary key (newsletter_id, sort_order),
    constraint fk_newsletter_row foreign key (newsletter_id) references newsletter (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table newsletter_photo (
    newsletter_id bigint not null,
    sort_order    int not null,
    image_id      bigint not null,
    primary key (newsletter_id, sort_order),
    constraint fk_newsletter_photo foreign key (newsletter_id) references newsletter (id) on delete cascade
) engine = InnoDB;

-- The printed PDF lives in the database, so any node can serve it.
create table newsletter_pdf (
    newsletter_id bigint primary key,
    pdf           longblob not null,
    created_at    datetime(6) not null,
    constraint fk_newsletter_pdf foreign key (newsletter_id) references newsletter (id) on delete cascade
) engine = InnoDB;

-- The last issue number given per year; publishing locks the year's row (select … for update).
create table newsletter_counter (
    issue_year  int primary key,
    last_number int not null
) engine = InnoDB;
