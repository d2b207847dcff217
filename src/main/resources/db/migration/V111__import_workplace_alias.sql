-- What an appointment list calls a workplace that the tree names otherwise (中央保育園 → 中央保育所), remembered when
-- an importer maps a name, so next year's list matches at once. The alias is kept in its compared form (NFKC, no
-- spaces, same words one way).
create table import_workplace_alias (
    alias        varchar(100) primary key,
    workplace_id bigint not null,
    created_by   varchar(50) not null,
    created_at   datetime(6) not null,
    constraint fk_import_workplace_alias_workplace foreign key (workplace_id) references workplace (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
