package jp.kumiaidesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's root package only; no cycles between them. */
class ModularityTest {

    @Test
    void features_do_not_reach_into_each_others_internals() {
        ApplicationModules.of(Application.class).verify();
    }
}
