package kdbench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import com.vaadin.flow.spring.VaadinScopesConfig;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;

/**
 * The start's floor: Spring Boot, Tomcat, Spring MVC and Vaadin with one bare route at {@code /login}, and nothing of
 * the app (no database, security, JPA, Flyway, scheduling, actuator). Started by {@link Startups} from the app's own
 * extracted class path, on the same JVM with an AOT cache trained the same way, so that what the app's start costs
 * above it is the app's and what the floor costs is this machine's. A start goal in seconds means little without it:
 * the same jar read 2.9 s on one machine and 6–7 s on another (docs/benchmarks).
 *
 * <p>The app's {@code application.properties} is not read ({@code spring.config.name} is the floor's own); the few
 * settings that shape the web layer are given here as the app gives them.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
        ConfigurationPropertiesAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        MultipartAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, SpringBootAutoConfiguration.class,
        VaadinScopesConfig.class })
public class StartFloor {

    /** The page the bench waits for, as it waits for the app's sign-in page. */
    @Route("login")
    public static class FloorView extends Div {
        public FloorView() {
            add(new Span("floor"));
        }
    }

    public static void main(String[] args) {
        System.setProperty("spring.config.name", "kdbench-start-floor");
        SpringApplication app = new SpringApplication(StartFloor.class);
        app.setDefaultProperties(Map.of(
                "spring.application.name", "kdbench-start-floor",
                "vaadin.allowed-packages", "com.vaadin,kdbench",
                "vaadin.launch-browser", "false"));
        app.run(args);
    }
}
