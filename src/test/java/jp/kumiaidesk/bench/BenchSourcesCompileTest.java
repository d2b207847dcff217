package jp.kumiaidesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/run.sh}, {@code bench/heap-walk.sh} and {@code ops/cluster/chaos.sh} compile the bench's sources
 * against the dependencies only, without the app's own classes. A bench class that uses one of the app's classes
 * directly breaks those scripts, and only when they run. This compiles the sources the same way: with the test class
 * path minus the app's and the tests' class directories.
 */
class BenchSourcesCompileTest {

    @Test
    void the_bench_sources_compile_without_the_apps_classes(@TempDir Path out) throws IOException {
        List<String> sources = new ArrayList<>();
        for (String dir : List.of("bench/java/kdbench", "bench/java/kdheap")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
            }
        }
        // surefire runs the tests from a manifest-only jar; the class path it stands for is in this property
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String dependencies = String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .filter(e -> !Files.isDirectory(Path.of(e))).toList());
        List<String> args = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", out.toString(), "-cp",
                dependencies));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, args.toArray(String[]::new));

        assertThat(sources).anyMatch(s -> s.endsWith("Suite.java")).anyMatch(s -> s.endsWith("PdfRender.java"));
        assertThat(dependencies).as("the dependencies' jars").contains("spring-core");
        assertThat(errors.toString(StandardCharsets.UTF_8)).as("javac's errors").doesNotContain("error:");
        assertThat(exit).isZero();
    }
}
