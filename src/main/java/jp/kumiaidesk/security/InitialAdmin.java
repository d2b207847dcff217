package jp.kumiaidesk.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.SystemAuthentication;

/**
 * On a real union's empty database (no demo data) somebody must be able to sign in first: with
 * {@code KD_ADMIN_PASSWORD} set, the user {@code admin} is created once.
 */
@Component
@Order(20)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccountRepository accounts;
    private final UserService users;
    private final String password;

    InitialAdmin(UserAccountRepository accounts, UserService users,
            @Value("${kd.initial-admin-password:}") String password) {
        this.accounts = accounts;
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.count() > 0) {
            return;
        }
        SystemAuthentication.run(() -> users.create("admin", password,
                new UserForm("システム管理者", "", Set.of(Role.ADMIN), Set.of(), true)));
        log.info("Created the first administrator 'admin' from KD_ADMIN_PASSWORD");
    }
}
