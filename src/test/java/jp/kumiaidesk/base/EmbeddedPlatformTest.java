package jp.kumiaidesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.kumiaidesk.base.EmbeddedPlatform.EmbeddedDatabaseUnavailableException;

class EmbeddedPlatformTest {

    @Test
    void linux_and_windows_on_x86_64_with_the_binaries_run_the_embedded_database() {
        assertThat(new EmbeddedPlatform("Linux", "amd64", true).supported()).isTrue();
        assertThat(new EmbeddedPlatform("Windows 11", "amd64", true).supported()).isTrue();
        assertThat(EmbeddedPlatform.current().supported()).as("this build machine bundles linux64").isTrue();
    }

    @Test
    void macos_arm_and_builds_without_binaries_stop_with_a_message_that_names_db_url() {
        for (EmbeddedPlatform platform : new EmbeddedPlatform[] {new EmbeddedPlatform("Mac OS X", "aarch64", false),
                new EmbeddedPlatform("Mac OS X", "x86_64", false), new EmbeddedPlatform("Linux", "aarch64", false),
                new EmbeddedPlatform("Linux", "amd64", false)}) {
            assertThat(platform.supported()).isFalse();
            assertThatThrownBy(platform::require).isInstanceOf(EmbeddedDatabaseUnavailableException.class)
                    .hasMessageContaining("DB_URL");
        }
        assertThat(new EmbeddedPlatform("Mac OS X", "aarch64", false).reason())
                .contains("Mac OS X on aarch64", "Linux x86-64 and Windows x86-64");
    }

    @Test
    void the_failure_report_says_what_to_set() {
        var failure = new EmbeddedDatabaseUnavailableException(new EmbeddedPlatform("Mac OS X", "aarch64", false));
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new IllegalStateException(failure));
        assertThat(analysis.getDescription()).contains("Mac OS X on aarch64");
        assertThat(analysis.getAction()).contains("DB_URL=jdbc:mariadb://", "DB_USER", "brew install mariadb");
    }
}
