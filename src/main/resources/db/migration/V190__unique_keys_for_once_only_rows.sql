-- Uniqueness by keys, not by "look first, then insert" (issue #15; decision 0018). On Galera, and under a double
-- click on one node, two transactions can both look, find nothing and both insert; a unique key lets exactly one of
-- them in, and the code inserts with INSERT IGNORE and takes "no row inserted" for "already done".

-- 1. One approval per approver per version (kind, subject, content hash). Rejections and requests for changes are
--    not keyed: a version rejected and submitted again unchanged may be decided again; those change the subject's
--    state, which serialises them already. approved_by is the approver on APPROVED rows and NULL on the others
--    (a unique key lets any number of NULLs in).
--    The table is append-only (its triggers refuse deletes); duplicate approvals that a race may have left are
--    removed first (the oldest stays), with the delete trigger off for that moment.
drop trigger approval_decision_no_delete;
delete d from approval_decision d
    join approval_decision first on first.kind = d.kind and first.subject_id = d.subject_id
        and first.content_hash = d.content_hash and first.approver = d.approver
        and first.verdict = 'APPROVED' and first.id < d.id
    where d.verdict = 'APPROVED';
create trigger approval_decision_no_delete before delete on approval_decision for each row
    signal sqlstate '45000' set message_text = 'approval_decision is append-only';
alter table approval_decision
    add column approved_by varchar(50) as (case when verdict = 'APPROVED' then approver end) persistent,
    add constraint uq_approval_decision_approved unique (kind, subject_id, content_hash, approved_by);

-- 2. Notifications that must go out once (a recruiter's follow-up reminder per day, an approver's reminder of a
--    passed deadline per submission) carry a key; (recipient, once_key) is unique, other notifications leave it NULL.
alter table notification
    add column once_key varchar(150) null,
    add constraint uq_notification_once unique (recipient, once_key);
-- today's follow-up reminders keep counting as sent (created_at is UTC, the day is Tokyo's); of several on one day
-- (a race before this key) the first one is keyed
update notification n
    join (select min(id) as id from notification where message_key = 'notification.follow-ups'
          group by recipient, date(convert_tz(created_at, '+00:00', '+09:00'))) first on first.id = n.id
    set n.once_key = concat('follow-ups:', date(convert_tz(n.created_at, '+00:00', '+09:00')));
