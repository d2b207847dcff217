package jp.kumiaidesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

import com.vaadin.flow.spring.annotation.EnableVaadin;

import jp.kumiaidesk.base.SpringAotChoice;
import jp.kumiaidesk.ops.OperatorCommand;

/**
 * The app. {@code @EnableVaadin} names the packages Vaadin scans at each start for routes, the app shell and error
 * views: a feature's {@code ui} package and {@code layout} hold them all. Without it Vaadin read every class file
 * of {@code jp.kumiaidesk}, a third of them Spring AOT's generated ones, on the start's main thread (issue #16).
 * A view in another package would not be found: {@code VaadinScanPackagesTest} fails then.
 */
@SpringBootApplication
@EnableVaadin({ "jp.kumiaidesk.layout", "jp.kumiaidesk.approval.ui", "jp.kumiaidesk.audit.ui",
        "jp.kumiaidesk.bargaining.ui", "jp.kumiaidesk.hq.ui", "jp.kumiaidesk.newsletter.ui",
        "jp.kumiaidesk.notification.ui", "jp.kumiaidesk.ops.ui", "jp.kumiaidesk.recruitment.ui",
        "jp.kumiaidesk.security.ui", "jp.kumiaidesk.sns.ui", "jp.kumiaidesk.workplace.ui" })
public class Application {

    /**
     * Starts the app, or runs an operator command ({@code backup [--to DIR]}, {@code restore FILE}) and exits with
     * its status (docs/operations.md).
     */
    public static void main(String[] args) {
        if (OperatorCommand.handles(args)) {
            System.exit(OperatorCommand.run(Application.class, args));
        }
        SpringApplication app = new SpringApplication(Application.class);
        app.addListeners(new SpringAotChoice(Application.class));
        // -Dkd.startup-jfr=true: each bean's creation as a JFR event, for profiling the start (docs/benchmarks)
        if (Boolean.getBoolean("kd.startup-jfr")) {
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        app.run(args);
    }
}
