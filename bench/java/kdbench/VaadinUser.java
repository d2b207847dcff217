package kdbench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's client protocol over plain HTTP: Spring Security form login, the bootstrap
 * page, {@code ?v-r=init} (UI id, CSRF key {@code Vaadin-Security-Key}, first syncId), then UIDL posts carrying
 * csrfToken, syncId (last one seen from the server) and clientId (our message counter). No push connection: the
 * server puts pending changes into the next UIDL response, as it does for a client whose push is not connected.
 */
final class VaadinUser {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    final String base;
    final HttpClient http;
    String csrfKey;
    String springCsrf;
    int uiId = -1;
    int syncId;
    int clientId;
    final Map<String, Integer> nodesById = new HashMap<>();
    /** node → DOM event names the server listens to (feature 4, element listeners). */
    final Map<Integer, java.util.Set<String>> listeners = new HashMap<>();
    long bytesIn;

    VaadinUser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " → " + r.statusCode());
        }
        bytesIn += r.body().length();
        Matcher m = META_CSRF.matcher(r.body());
        if (m.find()) {
            springCsrf = m.group(1);
        }
        return r.body();
    }

    private int postForm(String path, String form) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("POST " + path + " → " + r.statusCode() + " " + location);
        }
        return r.statusCode();
    }

    void login(String user, String password) throws Exception {
        get("/login");
        int status = postForm("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
                + enc(springCsrf));
        if (status != 302) {
            throw new IllegalStateException("login " + user + " → " + status);
        }
    }

    /** Logs out (Spring Security invalidates the HTTP session and with it the Vaadin session and its UIs). */
    void logout() throws Exception {
        postForm("/logout", "_csrf=" + enc(springCsrf));
    }

    /** Opens a tab on {@code route} as the browser does: the page, the init request, then the router's navigation. */
    JsonNode open(String route) throws Exception {
        get("/" + route);
        String q = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + enc(path) + "&query=" + enc(q))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("init " + route + " → " + r.statusCode());
        }
        bytesIn += r.body().length();
        JsonNode config = JSON.readTree(r.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfKey = uidl.get("Vaadin-Security-Key").asText();
        syncId = 0;
        clientId = 0;
        nodesById.clear();
        listeners.clear();
        absorb(uidl);
        return navigate(path, q);
    }

    JsonNode navigate(String route, String query) throws Exception {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return rpc(event(1, "ui-navigate", data));
    }

    /** Types {@code value} into the field with this element id: the value property and the field's DOM event. */
    JsonNode type(String elementId, String value) throws Exception {
        int node = node(elementId);
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        for (String e : listeners.getOrDefault(node, java.util.Set.of())) {
            if (e.equals("value-changed") || e.equals("change") || e.equals("input")) {
                rpc.add(event(node, e, JSON.createObjectNode()).get(0));
            }
        }
        return rpc(rpc);
    }

    int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " in the UI");
        }
        return node;
    }

    /** The heartbeat an open tab sends every {@code vaadin.heartbeatInterval}; a closed tab sends none. */
    void heartbeat() throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("heartbeat → " + r.statusCode());
        }
    }

    /** An empty UIDL request: the framework's own round trip (nothing changes). */
    JsonNode empty() throws Exception {
        return rpc(JSON.createArrayNode());
    }

    static ArrayNode event(int node, String event, ObjectNode data) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode e = rpc.addObject();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", event);
        e.set("data", data);
        return rpc;
    }

    JsonNode rpc(ArrayNode rpc) throws Exception {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("csrfToken", csrfKey);
        msg.set("rpc", rpc);
        msg.put("syncId", syncId);
        msg.put("clientId", clientId);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(msg.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        bytesIn += body.length();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("UIDL → " + r.statusCode() + " " + abbreviate(body));
        }
        if (body.startsWith("for(;;);")) {
            body = body.substring(8);
        }
        JsonNode json = JSON.readTree(body);
        if (json.isArray()) {
            json = json.get(0);
        }
        JsonNode meta = json.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new IllegalStateException("UIDL error: " + abbreviate(meta.toString()));
        }
        if (!json.has("syncId")) {
            throw new IllegalStateException("UIDL response without syncId: " + abbreviate(body));
        }
        absorb(json);
        return json;
    }

    private void absorb(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode c : changes) {
            if (!"put".equals(c.path("type").asText())) {
                continue;
            }
            int feat = c.path("feat").asInt();
            if (feat == 3 && "id".equals(c.path("key").asText()) && c.has("value")) {
                nodesById.put(c.get("value").asText(), c.get("node").asInt());
            } else if (feat == 4) {
                listeners.computeIfAbsent(c.get("node").asInt(), k -> new java.util.HashSet<>())
                        .add(c.get("key").asText());
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
