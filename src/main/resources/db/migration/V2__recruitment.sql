-- New-hire recruitment (新規採用者の組織化): cohorts, new hires per workplace, contact log, and the yearly
-- free-text answers of the prefectural HQ survey.

create table cohort (
    id         bigint auto_increment primary key,
    code       varchar(7) not null,
    hire_month date not null,
    purged_at  datetime(6) null,
    version    bigint not null default 0,
    constraint uq_cohort_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table new_hire (
    id               bigint auto_increment primary key,
    cohort_id        bigint not null,
    workplace_id     bigint not null,
    name             varchar(100) null,
    kana             varchar(100) null,
    employment_type  varchar(20) not null,
    hire_date        date not null,
    route            varchar(20) not null,
    recruiter        varchar(50) null,
    status           varchar(20) not null,
    decline_reason   varchar(20) null,
    stage            varchar(20) not null,
    next_action_date date null,
    updated_at       datetime(6) not null,
    version          bigint not null default 0,
    constraint fk_new_hire_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_new_hire_workplace foreign key (workplace_id) references workplace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_new_hire_dashboard on new_hire (cohort_id, workplace_id, status);
create index ix_new_hire_follow_up on new_hire (recruiter, status, next_action_date);

create table contact_log (
    id           bigint auto_increment primary key,
    new_hire_id  bigint not null,
    contacted_on date not null,
    contacted_by varchar(50) not null,
    method       varchar(20) not null,
    reaction     varchar(500) not null,
    created_at   datetime(6) not null,
    constraint fk_contact_log_hire foreign key (new_hire_id) references new_hire (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_contact_log_hire on contact_log (new_hire_id, contacted_on);

create table hq_survey_answer (
    survey_year        int primary key,
    competitor_members int null,
    how_we_recruit     varchar(4000) null,
    troubles           varchar(4000) null,
    version            bigint not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
