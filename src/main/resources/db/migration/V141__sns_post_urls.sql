-- A post sent to several networks has one URL on each (X, Facebook and LINE: three URLs).
create table sns_post_url (
    draft_id    bigint not null,
    network     varchar(20) not null,
    url         varchar(500) not null,
    recorded_by varchar(50) not null,
    recorded_at datetime(6) not null,
    primary key (draft_id, network),
    index ix_sns_post_url_url (url(255)),
    constraint fk_sns_post_url_draft foreign key (draft_id) references sns_draft (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The URLs recorded so far: the network their address shows, else the draft's first network.
insert into sns_post_url (draft_id, network, url, recorded_by, recorded_at)
select d.id, case
        when d.post_url like '%://x.com/%' or d.post_url like '%://twitter.com/%' or d.post_url like '%.twitter.com/%' then 'X'
        when d.post_url like '%facebook.com/%' or d.post_url like '%://fb.com/%' then 'FACEBOOK'
        when d.post_url like '%instagram.com/%' then 'INSTAGRAM'
        when d.post_url like '%line.me/%' then 'LINE'
        when d.post_url like '%threads.net/%' or d.post_url like '%threads.com/%' then 'THREADS'
        when d.post_url like '%bsky.app/%' then 'BLUESKY'
        when d.post_url like '%tiktok.com/%' then 'TIKTOK'
        when d.post_url like '%youtube.com/%' or d.post_url like '%youtu.be/%' then 'YOUTUBE'
        else substring_index(d.networks, ',', 1) end, d.post_url, coalesce(d.updated_by, d.author),
       coalesce(d.posted_at, d.updated_at)
from sns_draft d
where d.post_url is not null and d.networks is not null and d.networks <> '';
