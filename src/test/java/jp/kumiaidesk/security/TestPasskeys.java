package jp.kumiaidesk.security;

import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;

/** Stored passkeys for view tests (no browser to make real ones): records as Spring Security keeps them. */
public final class TestPasskeys {

    private TestPasskeys() {
    }

    /** Stores a passkey named {@code label} for {@code username}; returns its credential id (base64url). */
    public static String seed(JdbcTemplate jdbc, String username, String label) {
        JdbcPublicKeyCredentialUserEntityRepository entities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        PublicKeyCredentialUserEntity entity = entities.findByUsername(username);
        if (entity == null) {
            entity = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(username)
                    .displayName(username).build();
            entities.save(entity);
        }
        Bytes id = Bytes.random();
        new JdbcUserCredentialRepository(jdbc).save(ImmutableCredentialRecord.builder().credentialId(id)
                .userEntityUserId(entity.getId()).publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).signatureCount(0).uvInitialized(true)
                .transports(Set.of()).backupEligible(false).backupState(false).label(label)
                .created(Instant.now()).lastUsed(Instant.now()).build());
        return id.toBase64UrlString();
    }

    public static int count(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select count(*) from user_credentials c join user_entities e"
                + " on e.id = c.user_entity_user_id where e.name = ?", Integer.class, username);
    }
}
