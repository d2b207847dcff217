package jp.kumiaidesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The browser half of a passkey ceremony: options (JSON from {@code Passkeys}) go to {@code navigator.credentials},
 * and the browser's answer comes back as JSON through Vaadin's own channel (no extra endpoint, no Node build). The
 * base64url fields are turned into bytes and back as Spring Security's own {@code spring-security-webauthn.js} does.
 */
final class WebAuthnScript {

    private static final String CODEC = """
            const dec = s => { const b = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
              const u = new Uint8Array(b.length); for (let i = 0; i < b.length; i++) u[i] = b.charCodeAt(i);
              return u.buffer; };
            const enc = buf => btoa(String.fromCharCode(...new Uint8Array(buf)))
              .replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
            if (!window.PublicKeyCredential || !navigator.credentials) { throw new Error('NotSupportedError'); }
            const o = JSON.parse($0);
            """;

    private static final String CREATE = "return (async () => {" + CODEC + """
            const publicKey = { ...o, challenge: dec(o.challenge), user: { ...o.user, id: dec(o.user.id) },
              excludeCredentials: (o.excludeCredentials || []).map(c => ({ ...c, id: dec(c.id) })) };
            let c;
            try { c = await navigator.credentials.create({ publicKey }); }
            catch (e) { throw new Error(e.name || 'Error'); }
            const r = c.response;
            return JSON.stringify({ id: c.id, rawId: enc(c.rawId), type: c.type,
              response: { attestationObject: enc(r.attestationObject), clientDataJSON: enc(r.clientDataJSON),
                transports: r.getTransports ? r.getTransports() : [] },
              clientExtensionResults: c.getClientExtensionResults(),
              authenticatorAttachment: c.authenticatorAttachment });
            })()""";

    private static final String GET = "return (async () => {" + CODEC + """
            const publicKey = { ...o, challenge: dec(o.challenge),
              allowCredentials: (o.allowCredentials || []).map(c => ({ ...c, id: dec(c.id) })) };
            let c;
            try { c = await navigator.credentials.get({ publicKey }); }
            catch (e) { throw new Error(e.name || 'Error'); }
            const r = c.response;
            return JSON.stringify({ id: c.id, rawId: enc(c.rawId), type: c.type,
              response: { authenticatorData: enc(r.authenticatorData), clientDataJSON: enc(r.clientDataJSON),
                signature: enc(r.signature), userHandle: r.userHandle ? enc(r.userHandle) : undefined },
              clientExtensionResults: c.getClientExtensionResults(),
              authenticatorAttachment: c.authenticatorAttachment });
            })()""";

    private WebAuthnScript() {
    }

    /** Makes a new passkey in the browser; {@code done} gets the credential JSON, {@code failed} the error's name. */
    static void create(Component on, String optionsJson, SerializableConsumer<String> done,
            SerializableConsumer<String> failed) {
        on.getElement().executeJs(CREATE, optionsJson).then(String.class, done, failed::accept);
    }

    /** Uses a passkey in the browser; {@code done} gets the assertion JSON, {@code failed} the error's name. */
    static void get(Component on, String optionsJson, SerializableConsumer<String> done,
            SerializableConsumer<String> failed) {
        on.getElement().executeJs(GET, optionsJson).then(String.class, done, failed::accept);
    }
}
