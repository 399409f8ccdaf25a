package org.passerelle.accounts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.base.InvalidInputException;
import org.passerelle.security.Role;

/** Field rules of an account, checked on the server for every change. Limits match the schema. */
final class AccountRules {

    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 120;
    static final Set<String> LANGUAGES = Set.of("en", "fr");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private AccountRules() {}

    static String email(String raw) {
        String email = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "accounts.error.email-required");
        }
        if (email.length() > EMAIL_MAX) {
            throw new InvalidInputException("email", "accounts.error.email-too-long", EMAIL_MAX);
        }
        if (!EMAIL.matcher(email).matches() || CONTROL.matcher(email).find()) {
            throw new InvalidInputException("email", "accounts.error.email-invalid");
        }
        return email;
    }

    static String displayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("displayName", "accounts.error.name-required");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidInputException("displayName", "accounts.error.name-too-long", NAME_MAX);
        }
        if (CONTROL.matcher(name).find()) {
            throw new InvalidInputException("displayName", "accounts.error.name-invalid");
        }
        return name;
    }

    static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "accounts.error.roles-required");
        }
        return roles;
    }

    static String language(String raw) {
        String language = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "accounts.error.language-invalid");
        }
        return language;
    }
}
