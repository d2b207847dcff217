package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.core.Ordered;
import org.springframework.mock.env.MockEnvironment;

/**
 * Which starts use the bean definitions written at build time (decision 0021). The packaged jar with them is started
 * in {@code PackagedJarIT}; here, every way a start can differ from the shape they were made for.
 */
class SpringAotChoiceTest {

    /** The shape the build's process-aot step is made for, as the Docker image and README's production run it. */
    private static MockEnvironment production() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/kumiai")
                .withProperty("server.port", "8080").withProperty("management.server.port", "8081");
    }

    @Test
    void the_packaged_jar_uses_them_with_an_external_database_or_the_embedded_one() {
        assertThat(SpringAotChoice.reasonsAgainst(production(), true, true)).isEmpty();
        // the embedded database is no bean (EarlyDatabaseStart): its start makes the same beans
        assertThat(SpringAotChoice.reasonsAgainst(production().withProperty("spring.datasource.url", ""), true, true))
                .isEmpty();
    }

    @Test
    void every_other_shape_makes_its_beans_at_run_time_and_says_why() {
        assertThat(SpringAotChoice.reasonsAgainst(production().withProperty("kd.scheduling", "false"), true, true))
                .containsExactly("schedulers off");
        assertThat(SpringAotChoice.reasonsAgainst(production().withProperty("spring.flyway.enabled", "false"), true,
                true)).containsExactly("Flyway off");
        assertThat(SpringAotChoice.reasonsAgainst(production().withProperty("management.server.port", "8080"), true,
                true)).containsExactly("no management port of its own");
        assertThat(SpringAotChoice.reasonsAgainst(production().withProperty("management.server.port", "-1"), true,
                true)).containsExactly("no management port of its own");
        assertThat(SpringAotChoice.reasonsAgainst(production().withProperty("kd.spring-aot", "false"), true, true))
                .containsExactly("KD_SPRING_AOT=false");
        assertThat(SpringAotChoice.reasonsAgainst(production(), false, true))
                .containsExactly("not started from the packaged jar");
        assertThat(SpringAotChoice.reasonsAgainst(production(), true, false))
                .containsExactly("the build did not run process-aot");
    }

    /**
     * The build-time bean set is right only where every condition of the app's own beans is decided the same way at
     * build and at run time. A new condition on a setting must become a reason in {@link SpringAotChoice} (and here),
     * or a run-time check, as the bench's floor view is.
     */
    @Test
    void the_app_has_no_conditional_beans_but_those_the_choice_knows() throws Exception {
        // every class, read as a file: a component scan would itself skip the classes whose conditions fail here
        var classes = new PathMatchingResourcePatternResolver().getResources("classpath*:jp/kumiaidesk/**/*.class");
        var readers = new SimpleMetadataReaderFactory();
        Set<String> conditional = new TreeSet<>();
        for (var file : classes) {
            String name = readers.getMetadataReader(file).getClassMetadata().getClassName();
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (MergedAnnotations.from(type).isPresent(Conditional.class)) {
                conditional.add(type.getSimpleName());
            }
            for (Method method : type.getDeclaredMethods()) {
                if (MergedAnnotations.from(method).isPresent(Conditional.class)) {
                    conditional.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        // kd.scheduling → "schedulers off"
        assertThat(conditional).containsExactly("SchedulingConfiguration");
    }

    @Test
    void only_classes_from_a_jar_count_as_the_packaged_app() {
        assertThat(SpringAotChoice.fromJar(Ordered.class)).isTrue();
        // target/classes: generated classes left there by an earlier package must not switch spring-boot:run over
        assertThat(SpringAotChoice.fromJar(SpringAotChoice.class)).isFalse();
    }
}
