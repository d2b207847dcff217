package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class OperatorLogsTest {

    @Test
    void a_failed_request_gets_one_line_without_its_query_string(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/n/no-such-token");
        request.setQueryString("email=someone@example.jp");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new FailedRequestLog().doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                ((MockHttpServletResponse) res).setStatus(404);
            }
        });
        new FailedRequestLog().doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(),
                new MockFilterChain());
        assertThat(output.getOut().lines().filter(l -> l.contains("jp.kumiaidesk.requests"))).singleElement()
                .asString().contains("GET /n/no-such-token -> 404").doesNotContain("someone@example.jp");
    }

    @Test
    void kd_log_format_json_turns_on_structured_logging() {
        assertThat(format(Map.of("KD_LOG_FORMAT", "json"))).isEqualTo("ecs");
        assertThat(format(Map.of("KD_LOG_FORMAT", "logstash"))).isEqualTo("logstash");
        assertThat(format(Map.of())).isNull();
    }

    private static String format(Map<String, Object> env) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", env));
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("logging.structured.format.console");
    }
}
