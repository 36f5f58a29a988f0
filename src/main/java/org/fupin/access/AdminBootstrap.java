package org.fupin.access;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server, creates user {@code admin} with the password in {@code FUPIN_ADMIN_PASSWORD},
 * or with a generated one that is printed once. There is no default password.
 */
@Component
@Profile("!cli")
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Users users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    AdminBootstrap(Users users, PasswordEncoder encoder, @Value("${fupin.admin-password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists(ADMIN)) return;
        String password = configuredPassword.isBlank() ? generate() : configuredPassword;
        users.create(ADMIN, encoder.encode(password), Role.SYSTEM_ADMIN, "");
        if (configuredPassword.isBlank()) {
            System.out.println("Fupin: created user 'admin' with the generated password " + password
                    + " (shown only this once; set FUPIN_ADMIN_PASSWORD before the first start to choose it).");
        } else {
            log.info("Created user 'admin' with the password from FUPIN_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return out.toString();
    }
}
