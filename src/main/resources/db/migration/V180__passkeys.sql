-- Passkeys (WebAuthn) as the second factor (docs/decisions/0017). The tables are Spring Security's own
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository) with their column names, on InnoDB
-- and utf8mb4 with primary keys. Ids are base64url text: ASCII, so a long credential id (up to 1023 bytes, 1364
-- characters) still fits InnoDB's 3072-byte key limit.

-- The WebAuthn "user entity": a random user handle per account, name = app_user.username.
create table user_entities (
    id           varchar(100) character set ascii collate ascii_bin not null,
    name         varchar(50)  not null,
    display_name varchar(200) null,
    primary key (id),
    constraint uq_user_entities_name unique (name),
    constraint fk_user_entities_user foreign key (name) references app_user (username) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One registered passkey (public key, signature counter, the user's own label).
create table user_credentials (
    credential_id                varchar(1400) character set ascii collate ascii_bin not null,
    user_entity_user_id          varchar(100)  character set ascii collate ascii_bin not null,
    public_key                   blob          not null,
    signature_count              bigint        null,
    uv_initialized               boolean       null,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000) null,
    public_key_credential_type   varchar(100)  null,
    backup_state                 boolean       not null,
    attestation_object           blob          null,
    attestation_client_data_json blob          null,
    created                      datetime(6)   null,
    last_used                    datetime(6)   null,
    label                        varchar(1000) not null,
    primary key (credential_id),
    key ix_user_credentials_user (user_entity_user_id),
    constraint fk_user_credentials_entity foreign key (user_entity_user_id) references user_entities (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
