package jp.kumiaidesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
        if (Boolean.getBoolean("kd.startup-jfr")) {
            app.setApplicationStartup(new org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup());
        }
        app.run(args);
    }
}
