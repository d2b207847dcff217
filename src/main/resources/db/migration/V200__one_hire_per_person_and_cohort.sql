-- One new hire per person in a cohort, decided by a key (issue #15; decision 0018). The appointment-list import's
-- rule is the person's name and hire date within the cohort: a second row with both is refused as a duplicate. That
-- was a look before the insert: two imports of the same list at the same moment (two app nodes, a double click) both
-- looked, found nothing and both inserted their hires.
--
-- Rows that already share a cohort, name and hire date are not deleted: they may be namesakes entered before
-- the rule (the large demo cohorts have namesakes in different workplaces), and they carry contact logs and
-- follow-ups. They are numbered instead: the oldest keeps duplicate_no 0, the others get 1, 2, … in id order.
-- Everything inserted from now on has 0, so an import of someone already in the cohort meets the key. Rows whose
-- name was erased (NULL) are never keyed.
alter table new_hire add column duplicate_no smallint not null default 0;

update new_hire h
    join (select id, row_number() over (partition by cohort_id, name, hire_date order by id) - 1 as n
          from new_hire where name is not null) numbered on numbered.id = h.id
    set h.duplicate_no = numbered.n
    where numbered.n > 0;

alter table new_hire add constraint uq_new_hire_person unique (cohort_id, name, hire_date, duplicate_no);
