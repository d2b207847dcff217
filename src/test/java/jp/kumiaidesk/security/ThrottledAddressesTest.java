package jp.kumiaidesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;

import jp.kumiaidesk.KaribuTest;

/** Issue #13: an office line slowed down by one person's failed sign-ins is seen and cleared by an administrator. */
class ThrottledAddressesTest extends KaribuTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    ThrottledAddresses addresses;

    /**
     * An address whose failures went on until it waits a quarter of an hour: each failure after the free ones is
     * made when the previous wait has passed, so the wait doubles up to its cap (a test that waited a second or two
     * would see it pass while the page opens on a busy machine).
     */
    private String throttledAddress() {
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000);
        Instant t = Instant.now();
        for (int i = 0; i < LoginLockoutPolicy.ADDRESS_FREE_ATTEMPTS; i++) {
            throttle.addressFailed(address, t);
        }
        Instant until = throttle.waitingAddresses(t).get(address);
        while (until.isBefore(t.plus(LoginLockoutPolicy.ADDRESS_CAP))) {
            t = until;
            throttle.addressFailed(address, t);
            until = throttle.waitingAddresses(t).get(address);
        }
        assertThat(throttle.addressWaits(address, Instant.now())).isTrue();
        assertThat(until).isAfter(Instant.now().plus(LoginLockoutPolicy.ADDRESS_CAP.minusMinutes(1)));
        return address;
    }

    @Test
    void an_administrator_sees_the_waiting_address_and_clears_it() {
        String address = throttledAddress();
        openAs("admin", "admin/users");
        Details waiting = _get(Details.class, spec -> spec.withId("throttled-addresses"));
        assertThat(waiting.isVisible()).isTrue();
        assertThat(waiting.getSummaryText()).startsWith("ログインを待たされている接続元（");
        Button clear = _get(waiting, Button.class,
                spec -> spec.withText("解除").withAttribute("data-address", address));
        _click(clear);
        assertThat(throttle.addressWaits(address, Instant.now())).isFalse();
        assertThat(_find(waiting, Button.class, spec -> spec.withAttribute("data-address", address))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.address-cleared' "
                + "and details = ? and actor = 'admin'", Integer.class, address)).isEqualTo(1);
    }

    @Test
    void only_administrators_list_or_clear_addresses() {
        String address = throttledAddress();
        login("iinchou");
        assertThatThrownBy(() -> addresses.waiting()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> addresses.clear(address)).isInstanceOf(AccessDeniedException.class);
        assertThat(throttle.addressWaits(address, Instant.now())).isTrue();
        throttle.clearAddress(address);
    }
}
