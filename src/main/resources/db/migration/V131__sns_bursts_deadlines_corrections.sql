-- Issue #11 for SNS drafts.
-- burst_by / burst_at: the editor whose saves currently collapse into one revision, and when they last saved; any
-- other action on the draft ends the burst (written with plain SQL, outside the entity, so that a reviewer's tick
-- does not make the author's open editor stale).
-- approve_by: the author's own approval deadline, at or before the posting time.
-- correction_reason / corrects_id: a posted draft that needed a correction or an apology, and the correction
-- draft that replaces it (which goes through approval like any other draft).
alter table sns_draft
    add column burst_by varchar(50) null,
    add column burst_at datetime(6) null,
    add column approve_by datetime(6) null,
    add column correction_reason varchar(2000) null,
    add column corrects_id bigint null,
    add constraint fk_sns_draft_corrects foreign key (corrects_id) references sns_draft (id);

-- A reviewer's tick for the fake-news / source check (handbook ③) is one more checklist item: no change needed
-- in sns_checklist_tick, whose item column holds the item's name.
