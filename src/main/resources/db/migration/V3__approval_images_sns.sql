-- One approval mechanism for everything the executive committee must approve before it goes out (SNS drafts,
-- newsletters), images stored in the database (any node can serve them), and SNS drafts with their versions,
-- comments, review checklists and figures after posting.

create table approval_policy (
    kind                varchar(20) primary key,
    required_approvals  int not null,
    mandatory_approvers varchar(500) not null default '',
    deadline_hours      int null,
    version             bigint not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into approval_policy (kind, required_approvals, mandatory_approvers, deadline_hours)
values ('SNS_DRAFT', 2, '', 48), ('NEWSLETTER', 1, '', 24);

-- Append-only like the audit trail: a decision is about one exact version (content hash) and is never edited.
create table approval_decision (
    id           bigint auto_increment primary key,
    kind         varchar(20) not null,
    subject_id   bigint not null,
    approver     varchar(50) not null,
    verdict      varchar(20) not null,
    content_hash char(64) not null,
    comment      varchar(2000) null,
    decided_at   datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_approval_decision_subject on approval_decision (kind, subject_id, decided_at);
create trigger approval_decision_no_update before update on approval_decision for each row
    signal sqlstate '45000' set message_text = 'approval_decision is append-only';
create trigger approval_decision_no_delete before delete on approval_decision for each row
    signal sqlstate '45000' set message_text = 'approval_decision is append-only';

create table stored_image (
    id                 bigint auto_increment primary key,
    content_type       varchar(20) not null,
    bytes              longblob not null,
    width              int not null,
    height             int not null,
    original_name      varchar(255) null,
    uploaded_by        varchar(50) not null,
    uploaded_at        datetime(6) not null,
    people_pictured    boolean not null default false,
    consent_by         varchar(50) null,
    consent_note       varchar(500) null,
    consent_at         datetime(6) null,
    version            bigint not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sns_campaign (
    id       bigint auto_increment primary key,
    name     varchar(100) not null,
    hashtag  varchar(100) null,
    starts_at datetime(6) null,
    version  bigint not null default 0,
    constraint uq_sns_campaign_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sns_draft (
    id             bigint auto_increment primary key,
    title          varchar(100) not null,
    body           text not null,
    hashtags       varchar(500) not null default '',
    networks       varchar(200) not null,
    target_account varchar(100) not null,
    post_at        datetime(6) null,
    campaign_id    bigint null,
    author         varchar(50) not null,
    state          varchar(20) not null,
    content_hash   char(64) not null,
    revision       int not null,
    submitted_at   datetime(6) null,
    approved_at    datetime(6) null,
    posted_at      datetime(6) null,
    post_url       varchar(500) null,
    updated_at     datetime(6) not null,
    updated_by     varchar(50) not null,
    version        bigint not null default 0,
    constraint fk_sns_draft_campaign foreign key (campaign_id) references sns_campaign (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_sns_draft_state on sns_draft (state, post_at);
create index ix_sns_draft_author on sns_draft (author, updated_at);

create table sns_draft_image (
    draft_id bigint not null,
    position int not null,
    image_id bigint not null,
    primary key (draft_id, position),
    constraint fk_sns_draft_image_draft foreign key (draft_id) references sns_draft (id) on delete cascade,
    constraint fk_sns_draft_image_image foreign key (image_id) references stored_image (id)
) engine = InnoDB;

-- Every saved content change is a revision; approvals point at a revision's content hash.
create table sns_draft_revision (
    id           bigint auto_increment primary key,
    draft_id     bigint not null,
    revision     int not null,
    content_hash char(64) not null,
    content      text not null,
    saved_by     varchar(50) not null,
    saved_at     datetime(6) not null,
    constraint uq_sns_draft_revision unique (draft_id, revision),
    constraint fk_sns_draft_revision_draft foreign key (draft_id) references sns_draft (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sns_comment (
    id         bigint auto_increment primary key,
    draft_id   bigint not null,
    author     varchar(50) not null,
    body       varchar(2000) not null,
    created_at datetime(6) not null,
    constraint fk_sns_comment_draft foreign key (draft_id) references sns_draft (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_sns_comment_draft on sns_comment (draft_id, created_at);

-- A reviewer's ticks, for one content hash: an edit means ticking again.
create table sns_checklist_tick (
    draft_id     bigint not null,
    reviewer     varchar(50) not null,
    content_hash char(64) not null,
    item         varchar(40) not null,
    ticked_at    datetime(6) not null,
    primary key (draft_id, reviewer, content_hash, item),
    constraint fk_sns_checklist_tick_draft foreign key (draft_id) references sns_draft (id) on delete cascade
) engine = InnoDB;

create table sns_metrics (
    id           bigint auto_increment primary key,
    draft_id     bigint not null,
    network      varchar(20) not null,
    measured_on  date not null,
    impressions  bigint not null default 0,
    reposts      bigint not null default 0,
    likes        bigint not null default 0,
    replies      bigint not null default 0,
    link_clicks  bigint not null default 0,
    recorded_by  varchar(50) not null,
    constraint uq_sns_metrics unique (draft_id, network, measured_on),
    constraint fk_sns_metrics_draft foreign key (draft_id) references sns_draft (id) on delete cascade
) engine = InnoDB;
