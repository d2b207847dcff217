-- Issue #13: the public newsletter token is a case-sensitive secret; compare it byte for byte (the table's
-- utf8mb4_unicode_ci collation matched "AbC" to "abc", shrinking the key space and accepting altered links).
alter table newsletter modify public_token varchar(40) character set ascii collate ascii_bin null;
