package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import jp.kumiaidesk.ServiceTest;
import jp.kumiaidesk.audit.AuditEntry;

/** Health and Prometheus on the management port (random in tests), not on the app's port. */
class HealthAndMetricsTest extends ServiceTest {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int serverPort;

    @Autowired
    ApplicationEventPublisher events;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_answer_from_the_node_itself_and_health_reports_database_disk_space_and_mail()
            throws Exception {
        assertThat(managementPort).isNotEqualTo(serverPort);
        HttpResponse<String> live = get(managementPort, "/actuator/health/liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"readinessState\"").doesNotContain("\"db\"", "\"diskSpace\"", "\"mail\"");
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"", "\"diskSpace\"", "\"mail\"");
    }

    @Test
    void health_is_not_served_on_the_app_port() throws Exception {
        assertThat(get(serverPort, "/actuator/health").statusCode()).isNotEqualTo(200);
    }

    @Test
    void prometheus_lists_sessions_uis_round_trips_operation_timers_and_failed_logins() throws Exception {
        // what the login code publishes for a wrong password
        events.publishEvent(new AuditEntry(unique("nobody"), "login.failed", "user", null, null));
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("kd_vaadin_sessions", "kd_vaadin_uis", "kd_vaadin_roundtrip_seconds",
                "kd_import_seconds", "kd_newsletter_publish_seconds", "kd_pdf_render_seconds",
                "kd_login_failed_total{reason=\"failed\"", "hikaricp_connections_active", "jvm_memory_used_bytes");
        assertThat(metrics.body()).containsPattern("kd_login_failed_total\\{reason=\"failed\"[^}]*\\} [1-9]");
    }

    @Test
    void requests_are_timed_by_spring_but_the_security_filters_are_not_observed_one_by_one() throws Exception {
        assertThat(get(serverPort, "/login").statusCode()).isEqualTo(200);
        String metrics = get(managementPort, "/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        // nothing reads the security observations (~8 % of the samples in a JFR of the SNS editor under load)
        assertThat(metrics).doesNotContain("spring_security_");
    }

    @Test
    void the_timed_operations_exist_under_the_names_the_timers_use() throws Exception {
        for (var entry : OperationTimers.TIMED.entrySet()) {
            Class<?> type = Class.forName(entry.getKey());
            for (String method : entry.getValue().keySet()) {
                assertThat(type.getMethods()).as(entry.getKey() + "." + method)
                        .anyMatch(m -> m.getName().equals(method));
            }
        }
    }
}
