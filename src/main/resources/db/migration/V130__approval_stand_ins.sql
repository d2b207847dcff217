-- Issue #11: a policy can always be met. When a mandatory approver wrote the version themself, a named substitute
-- (e.g. 副委員長) approves in their place, or the policy says the requirement is waived for that version.
alter table approval_policy
    add column substitute varchar(50) null,
    add column waive_own_mandatory boolean not null default false;

-- The shipped default of two SNS approvals cannot be met in a union with two executives when one of them writes
-- (the author never counts). A default nobody changed becomes one approval; an administrator's choice stays and the
-- administration page warns about it.
update approval_policy set required_approvals = 1
where kind = 'SNS_DRAFT' and required_approvals = 2 and mandatory_approvers = '' and version = 0;
