-- Issue #11: a campaign (an X デモ) as the SNS handbook runs one: a shared hashtag, a start time, a minute-by-minute
-- sequence of who posts which draft, a banner pack approved once, and a how-to for participants.
alter table sns_campaign
    add column how_to varchar(2000) null;

-- One line of the sequence: so many minutes after the start, this account or person posts this draft.
create table sns_campaign_step (
    id             bigint auto_increment primary key,
    campaign_id    bigint not null,
    offset_minutes int not null,
    poster         varchar(100) not null default '',
    draft_id       bigint null,
    constraint fk_sns_campaign_step_campaign foreign key (campaign_id) references sns_campaign (id)
        on delete cascade,
    constraint fk_sns_campaign_step_draft foreign key (draft_id) references sns_draft (id) on delete set null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_sns_campaign_step on sns_campaign_step (campaign_id, offset_minutes);

-- The banner pack: images every participant may post. Each is approved once by an executive, after the consent
-- of everyone pictured is recorded (the same rule as a draft's images).
create table sns_campaign_banner (
    campaign_id bigint not null,
    image_id    bigint not null,
    added_by    varchar(50) not null,
    added_at    datetime(6) not null,
    approved_by varchar(50) null,
    approved_at datetime(6) null,
    primary key (campaign_id, image_id),
    constraint fk_sns_campaign_banner_campaign foreign key (campaign_id) references sns_campaign (id)
        on delete cascade,
    constraint fk_sns_campaign_banner_image foreign key (image_id) references stored_image (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
