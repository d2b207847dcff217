package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The backup programs find their server in a single-host URL and in a Galera cluster's failover URL alike. */
class DatabaseTargetTest {

    @Test
    void aSingleHostUrl() {
        DatabaseTarget t = DatabaseTarget.of("jdbc:mariadb://127.0.0.1:3306/kumiai_ci?useSsl=false", "root", null);

        assertThat(t.host()).isEqualTo("127.0.0.1");
        assertThat(t.port()).isEqualTo(3306);
        assertThat(t.database()).isEqualTo("kumiai_ci");
        assertThat(t.password()).isEmpty();
        assertThat(t.withDatabase("scratch").jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/scratch?useSsl=false");
    }

    @Test
    void aClusterUrlUsesItsFirstNodeAndKeepsTheFailoverList() {
        DatabaseTarget t = DatabaseTarget.of(
                "jdbc:mariadb:sequential://db1:3311,db2:3312,db3/kumiai?galeraAllowedState=4", "kumiai", "secret");

        assertThat(t.host()).isEqualTo("db1");
        assertThat(t.port()).isEqualTo(3311);
        assertThat(t.database()).isEqualTo("kumiai");
        assertThat(t.withDatabase("scratch").jdbcUrl())
                .isEqualTo("jdbc:mariadb:sequential://db1:3311,db2:3312,db3/scratch?galeraAllowedState=4");
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> DatabaseTarget.of("jdbc:postgresql://localhost/kumiai", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
