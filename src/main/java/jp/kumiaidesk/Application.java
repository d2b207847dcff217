package jp.kumiaidesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

import jp.kumiaidesk.base.SpringAotChoice;
import jp.kumiaidesk.ops.OperatorCommand;

@SpringBootApplication
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
