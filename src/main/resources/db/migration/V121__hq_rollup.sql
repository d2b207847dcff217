-- The prefectural HQ's roll-up (issue #10): the unions' survey sheets as the HQ received them, one per union and
-- year (a union's re-upload replaces its row), with the problems found in each and the free-text answers.
-- No person's data: the respondent's name on a sheet is not kept.

create table hq_union_sheet (
    id                    bigint auto_increment primary key,
    survey_year           int not null,
    union_key             varchar(100) not null,
    union_name            varchar(100) not null,
    prefecture            varchar(100) null,
    competitor_federation varchar(100) null,
    our_members           int null,
    competitor_members    int null,
    our_rate              double null,
    competitor_rate       double null,
    as_of                 varchar(40) null,
    non_members           int null,
    hires                 int null,
    joined                int null,
    competitor_joined     int null,
    not_joined            int null,
    problems              varchar(4000) null,
    file_name             varchar(200) not null,
    uploaded_at           datetime(6) not null,
    uploaded_by           varchar(50) not null,
    version               bigint not null default 0,
    constraint uq_hq_union_sheet unique (survey_year, union_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table hq_union_answer (
    sheet_id bigint not null,
    question varchar(40) not null,
    answer   varchar(4000) not null,
    primary key (sheet_id, question),
    constraint fk_hq_union_answer_sheet foreign key (sheet_id) references hq_union_sheet (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
