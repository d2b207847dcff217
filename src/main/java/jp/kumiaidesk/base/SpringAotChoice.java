package jp.kumiaidesk.base;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Decides, once the configuration is read and before the application context is made, whether this start uses the
 * bean definitions that Spring's AOT processing wrote at build time (decision 0021). They are the bean set of one
 * shape of the app: schedulers and Flyway on, health on a port of its own, with an external database or the
 * embedded one (which is no bean: {@link EarlyDatabaseStart}). A start of that shape from the packaged jar uses them
 * (a fifth or more off the way to the login page on two cores); any other start (an operator command,
 * {@code spring-boot:run} or an IDE, a jar built without them) makes its beans at run time as before.
 * {@code KD_SPRING_AOT=false} turns them off; {@code -Dspring.aot.enabled} set by hand is left as it is.
 * Added by {@code Application.main} only, so tests never see it.
 */
public final class SpringAotChoice implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SpringAotChoice.class);

    private final Class<?> application;

    public SpringAotChoice(Class<?> application) {
        this.application = application;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (System.getProperty(AotDetector.AOT_ENABLED) != null || Boolean.getBoolean("spring.aot.processing")) {
            return;
        }
        List<String> against = reasonsAgainst(event.getEnvironment(), fromJar(application),
                // written by the process-aot build step, named as Spring Boot looks it up
                ClassUtils.isPresent(application.getName() + "__ApplicationContextInitializer",
                        application.getClassLoader()));
        if (against.isEmpty()) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
            log.info("Using the bean definitions made at build time (Spring AOT)");
        } else {
            log.info("Making the beans at run time (Spring AOT not used: {})", String.join(", ", against));
        }
    }

    /** Why this start cannot use the build-time bean set; empty when it can. */
    static List<String> reasonsAgainst(Environment env, boolean fromJar, boolean generated) {
        List<String> against = new ArrayList<>();
        if (!env.getProperty("kd.spring-aot", Boolean.class, true)) {
            against.add("KD_SPRING_AOT=false");
        }
        if (!generated) {
            against.add("the build did not run process-aot");
        }
        if (!fromJar) {
            against.add("not started from the packaged jar");
        }
        if (!env.getProperty("kd.scheduling", Boolean.class, true)) {
            against.add("schedulers off");
        }
        if (!env.getProperty("spring.flyway.enabled", Boolean.class, true)) {
            against.add("Flyway off");
        }
        String managementPort = env.getProperty("management.server.port", "");
        if (managementPort.isBlank() || managementPort.equals("-1")
                || managementPort.equals(env.getProperty("server.port", "8080"))) {
            against.add("no management port of its own");
        }
        return against;
    }

    /** Classes from a jar, not a directory: a stale build's generated classes in target/classes never count. */
    static boolean fromJar(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return false;
        }
        String where = source.getLocation().toString();
        return where.startsWith("jar:") || where.startsWith("nested:") || where.endsWith(".jar")
                || where.contains(".jar!");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
