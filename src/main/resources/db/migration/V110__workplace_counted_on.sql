-- The day a workplace's headcounts were counted (the personnel office's figures are usually as of 3月31日). The
-- organization rate shown adds the hires since that day to staff and their joins to members (issue #10).
alter table workplace add column counted_on date null;

-- Workplaces counted before this column existed: as of the 3月31日 before the current fiscal year (April-March).
update workplace set counted_on = str_to_date(concat(year(curdate() - interval 3 month), '-03-31'), '%Y-%m-%d');
