package jp.kumiaidesk.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.ops.BackupService.BackupRefusedException;

/**
 * {@code java -jar kumiai-desk.jar backup [--to DIR]} and {@code restore FILE}: the app's own configuration
 * ({@code DB_URL}…, or the embedded database in {@code KD_DATA_DIR}) without an open port, schedules, Flyway or
 * demo data. Exit status 0 = done, 2 = refused (the message says why), 1 = failed.
 */
public final class OperatorCommand {

    private OperatorCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(Class<?> application, String[] args) {
        String command = args[0];
        Path to = null;
        Path file = null;
        // the web application context stays (the views and security need it), but no port opens: server.port=-1
        List<String> springArgs = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--server.port=-1",
                "--management.server.port=-1",
                "--spring.flyway.enabled=false", "--spring.jpa.hibernate.ddl-auto=none", "--kd.demo=false",
                "--kd.initial-admin-password=", "--kd.scheduling=false", "--logging.level.root=warn",
                "--logging.level.jp.kumiaidesk.ops=info"));
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--to") && i + 1 < args.length) {
                to = Path.of(args[++i]);
            } else if (args[i].startsWith("--to=")) {
                to = Path.of(args[i].substring("--to=".length()));
            } else if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
            } else if (file == null) {
                file = Path.of(args[i]);
            } else {
                return usage("unexpected argument " + args[i]);
            }
        }
        if (command.equals("restore") && file == null) {
            return usage("restore needs the dump file");
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(application)
                .run(springArgs.toArray(String[]::new))) {
            BackupService backups = ctx.getBean(BackupService.class);
            if (command.equals("backup")) {
                Path dir = to != null ? to : backups.defaultDir();
                BackupService.Backup backup = SystemAuthentication.call(() -> unchecked(() -> backups.backup(dir)));
                System.out.printf("Backup written: %s (%d bytes, %d ms)%nManifest: %s%n", backup.dump(),
                        backup.manifest().bytes(), backup.took().toMillis(), backup.manifestFile());
            } else {
                Path dump = file;
                BackupService.Restore restore = SystemAuthentication.call(() -> unchecked(() -> backups.restore(dump)));
                System.out.printf("Restored %s: schema %s, %d tables, row counts verified (%d ms)%n", dump,
                        restore.manifest().flywayVersion(), restore.rowCounts().size(), restore.took().toMillis());
            }
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof BackupRefusedException)) {
                cause = cause.getCause();
            }
            if (cause instanceof BackupRefusedException refused) {
                System.err.println("Refused: " + refused.getMessage());
                return 2;
            }
            System.err.println(command + " failed: " + cause);
            e.printStackTrace();
            return 1;
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int usage(String problem) {
        System.err.println(problem + "\nUsage: java -jar kumiai-desk.jar backup [--to DIR]\n"
                + "       java -jar kumiai-desk.jar restore FILE.sql.gz");
        return 1;
    }
}
