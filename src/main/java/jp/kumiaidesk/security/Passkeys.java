package jp.kumiaidesk.security;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.Roles;
import jp.kumiaidesk.base.SystemAuthentication;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passkeys (WebAuthn) through Spring Security's relying party ({@link Webauthn4JRelyingPartyOperations}, webauthn4j
 * underneath) and its JDBC repositories ({@code V180}). The ceremonies run inside the Vaadin UI: the view asks for
 * options, a small script hands them to {@code navigator.credentials} and returns the browser's answer as JSON, and
 * this class verifies it — Vaadin's own CSRF protection covers the round trip, and no extra endpoint is opened.
 * <p>
 * The relying party id and the allowed origins come from {@code kd.webauthn.rp-id} and
 * {@code kd.webauthn.allowed-origins}; unset, from {@code kd.base-url} (and, on localhost, the port the server
 * actually listens on). Every registration, removal, reset and check is audited.
 */
@Service
public class Passkeys {

    public static final String FIELD_LABEL = "label";
    static final int LABEL_MAX_LENGTH = 60;

    /** A registered passkey as its owner sees it. */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    /** Registration options as the server keeps them, and as JSON for the browser. */
    public record Registration(PublicKeyCredentialCreationOptions options, String json) {
    }

    /** Sign-in (assertion) options as the server keeps them, and as JSON for the browser. */
    public record Assertion(PublicKeyCredentialRequestOptions options, String json) {
    }

    private final UserCredentialRepository credentials;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final SecurityMails mails;
    private final Environment environment;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final String baseUrl;
    private final String rpId;
    private final String origins;
    private volatile Webauthn4JRelyingPartyOperations relyingParty;

    Passkeys(JdbcTemplate jdbc, UserAccountRepository users, ApplicationEventPublisher events, SecurityMails mails,
            Environment environment, @Value("${kd.base-url}") String baseUrl,
            @Value("${kd.webauthn.rp-id:}") String rpId, @Value("${kd.webauthn.allowed-origins:}") String origins) {
        this.credentials = new JdbcUserCredentialRepository(jdbc);
        this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        this.users = users;
        this.events = events;
        this.mails = mails;
        this.environment = environment;
        this.baseUrl = baseUrl;
        this.rpId = rpId.isBlank() ? URI.create(baseUrl).getHost() : rpId.strip();
        this.origins = origins;
    }

    /** Built on first use: on localhost the port the server listens on is known only once it runs. */
    Webauthn4JRelyingPartyOperations relyingParty() {
        Webauthn4JRelyingPartyOperations rp = relyingParty;
        if (rp == null) {
            rp = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                    PublicKeyCredentialRpEntity.builder().id(rpId).name("組合デスク").build(), allowedOrigins());
            relyingParty = rp;
        }
        return rp;
    }

    Set<String> allowedOrigins() {
        Set<String> allowed = new LinkedHashSet<>();
        if (!origins.isBlank()) {
            for (String origin : origins.split("[,\\s]+")) {
                if (!origin.isBlank()) {
                    allowed.add(origin.strip().replaceFirst("/+$", ""));
                }
            }
            return allowed;
        }
        URI base = URI.create(baseUrl);
        allowed.add(base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort()));
        String port = environment.getProperty("local.server.port");
        if ("localhost".equals(rpId) && port != null) {
            allowed.add("http://localhost:" + port);
            allowed.add("https://localhost:" + port);
        }
        return allowed;
    }

    public String rpId() {
        return rpId;
    }

    /** The signed-in user's passkeys, newest first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<Passkey> mine() {
        return of(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** Whether the signed-in user (perhaps only by password so far) has a passkey. */
    @PreAuthorize(Roles.IS_PASSWORD_CHECKED)
    public boolean hasPasskey() {
        return hasAny(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    private boolean hasAny(String username) {
        return !of(username).isEmpty();
    }

    private List<Passkey> of(String username) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        if (entity == null) {
            return List.of();
        }
        return credentials.findByUserId(entity.getId()).stream()
                .map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
                        c.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /**
     * Options to register a passkey for the signed-in user. While only the password is proven, only a user with no
     * passkey yet may register (the first-time enrolment); adding more needs the full sign-in.
     */
    @PreAuthorize(Roles.IS_PASSWORD_CHECKED)
    @Transactional
    public Registration startRegistration() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        refuseWhilePendingWithPasskeys(authentication);
        PublicKeyCredentialCreationOptions options = relyingParty().createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
        return new Registration(options, json.writeValueAsString(options));
    }

    /** Verifies the browser's answer to {@link #startRegistration()} and stores the passkey under {@code label}. */
    @PreAuthorize(Roles.IS_PASSWORD_CHECKED)
    @Transactional(noRollbackFor = FieldRejectedException.class) // the refusal's audit entry stays
    public Passkey finishRegistration(Registration registration, String credentialJson, String label) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        refuseWhilePendingWithPasskeys(authentication);
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new FieldRejectedException(FIELD_LABEL, "passkey.label-required");
        }
        if (name.length() > LABEL_MAX_LENGTH) {
            throw new FieldRejectedException(FIELD_LABEL, "passkey.label-too-long");
        }
        String username = authentication.getName();
        if (!username.equals(registration.options().getUser().getName())) {
            throw new FieldRejectedException(FIELD_LABEL, "passkey.failed");
        }
        CredentialRecord record;
        try {
            PublicKeyCredential<AuthenticatorAttestationResponse> credential = json.readValue(credentialJson,
                    new TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>>() {
                    });
            record = relyingParty().registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                    registration.options(), new RelyingPartyPublicKey(credential, name)));
        } catch (RuntimeException refused) {
            events.publishEvent(AuditEntry.now("passkey.registration-failed", "user", userId(username),
                    shorten(refused.getMessage())));
            throw new FieldRejectedException(FIELD_LABEL, "passkey.failed");
        }
        events.publishEvent(AuditEntry.now("passkey.registered", "user", userId(username), name));
        users.findByUsername(username).filter(a -> a.getEmail() != null).ifPresent(account -> SystemAuthentication
                .run(() -> mails.passkeyRegistered(account.getEmail(), name)));
        return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
                record.getLastUsed());
    }

    /** Removes one of the signed-in user's own passkeys (fully signed in only). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void remove(String credentialId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SecondFactor.isPending(authentication)) {
            throw new FieldRejectedException(FIELD_LABEL, "passkey.not-now");
        }
        String username = authentication.getName();
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        CredentialRecord record = credentials.findByCredentialId(Bytes.fromBase64(credentialId));
        if (entity == null || record == null || !record.getUserEntityUserId().equals(entity.getId())) {
            throw new FieldRejectedException(FIELD_LABEL, "passkey.not-found");
        }
        credentials.delete(record.getCredentialId());
        events.publishEvent(AuditEntry.now("passkey.removed", "user", userId(username), record.getLabel()));
    }

    /** Options for proving the signed-in (password-only) user's passkey. */
    @PreAuthorize(Roles.IS_PASSWORD_CHECKED)
    public Assertion startAssertion() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        PublicKeyCredentialRequestOptions options = relyingParty().createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(authentication));
        return new Assertion(options, json.writeValueAsString(options));
    }

    /** Whether the browser's answer proves a passkey of the signed-in user; audited either way. */
    @PreAuthorize(Roles.IS_PASSWORD_CHECKED)
    @Transactional
    public boolean verifyAssertion(Assertion assertion, String credentialJson) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(credentialJson,
                    new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
                    });
            PublicKeyCredentialUserEntity owner = relyingParty().authenticate(
                    new RelyingPartyAuthenticationRequest(assertion.options(), credential));
            if (owner != null && username.equals(owner.getName())) {
                events.publishEvent(AuditEntry.now("mfa.passkey-succeeded", "user", userId(username), null));
                return true;
            }
            events.publishEvent(AuditEntry.now("mfa.passkey-failed", "user", userId(username),
                    "another user's passkey"));
        } catch (RuntimeException refused) {
            events.publishEvent(AuditEntry.now("mfa.passkey-failed", "user", userId(username),
                    shorten(refused.getMessage())));
        }
        return false;
    }

    /** The browser could not make or use a passkey (cancelled, unsupported, timed out): audited. */
    @PreAuthorize(Roles.IS_PASSWORD_CHECKED)
    @Transactional
    public void browserFailed(String what) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        events.publishEvent(AuditEntry.now("mfa.browser-failed", "user", userId(username), shorten(what)));
    }

    /** How many passkeys a user has (for the administrator's dialog). */
    @PreAuthorize(Roles.IS_ADMIN)
    public int countOf(long userId) {
        return users.findById(userId).map(a -> of(a.getUsername()).size()).orElse(0);
    }

    /**
     * The administrator resets a user's factors: every passkey goes, and the user enrols anew after the next
     * password sign-in. Their sessions end.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public int resetFactors(long userId) {
        UserAccount account = users.findById(userId).orElseThrow();
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(account.getUsername());
        int removed = 0;
        if (entity != null) {
            for (CredentialRecord record : credentials.findByUserId(entity.getId())) {
                credentials.delete(record.getCredentialId());
                removed++;
            }
            userEntities.delete(entity.getId());
        }
        events.publishEvent(AuditEntry.now("mfa.reset", "user", userId, account.getUsername() + ": " + removed));
        events.publishEvent(new AccountSessions.Changed(account.getUsername(), null));
        return removed;
    }

    private void refuseWhilePendingWithPasskeys(Authentication authentication) {
        if (SecondFactor.isPending(authentication) && hasAny(authentication.getName())) {
            throw new FieldRejectedException(FIELD_LABEL, "passkey.not-now");
        }
    }

    private Long userId(String username) {
        return users.findByUsername(username).map(UserAccount::getId).orElse(null);
    }

    private static String shorten(String message) {
        if (message == null) {
            return null;
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
