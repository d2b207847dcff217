-- The recruitment window of a cohort (issue #10): while it runs, the daily follow-up reminder and the recruiters'
-- home lists include the cohort's hires. Empty = the default, the hire month and the two months after it
-- (April–June for an April cohort).
alter table cohort add column window_start date null, add column window_end date null;
