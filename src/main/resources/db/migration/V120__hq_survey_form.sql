-- The prefectural HQ's 実態共有用アンケート as the HQ asks it (issue #10): who fills it in, the competing union's
-- federation, and the eleven free-text answers, one row per year and question. The two texts of the first version
-- become the answers they were: how we recruit -> 新採加入の主な取り組み, troubles -> 新規採用者組織化で悩んでいること.

alter table hq_survey_answer
    add column prefecture varchar(100) null,
    add column union_name varchar(100) null,
    add column respondent varchar(100) null,
    add column competitor_federation varchar(100) null;

create table hq_survey_text (
    survey_year int not null,
    question    varchar(40) not null,
    answer      varchar(4000) not null,
    primary key (survey_year, question),
    constraint fk_hq_survey_text_answer foreign key (survey_year) references hq_survey_answer (survey_year)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into hq_survey_text (survey_year, question, answer)
    select survey_year, 'NEW_HIRE_EFFORTS', how_we_recruit from hq_survey_answer
    where how_we_recruit is not null and how_we_recruit <> '';
insert into hq_survey_text (survey_year, question, answer)
    select survey_year, 'NEW_HIRE_TROUBLES', troubles from hq_survey_answer
    where troubles is not null and troubles <> '';

alter table hq_survey_answer drop column how_we_recruit, drop column troubles;
