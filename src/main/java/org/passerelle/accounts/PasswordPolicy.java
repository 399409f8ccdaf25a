package org.passerelle.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.passerelle.base.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Password rules: at least 12 characters, at most 64 (BCrypt reads only 72 bytes), and not a common
 * password. "Common" means: in the list {@code accounts/common-passwords.txt}, or one of its words with
 * only digits and symbols around it ("Password2024!"), or containing the person's
 * own e-mail name; also only digits, or only one or two different characters.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Throws an {@link InvalidInputException} on the field {@code password} when the password is refused. */
    public void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "password.error.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("password", "password.error.too-long", MAX_LENGTH);
        }
        if (isCommon(password)) {
            throw new InvalidInputException("password", "password.error.too-common");
        }
        String emailName = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (emailName.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(emailName)) {
            throw new InvalidInputException("password", "password.error.contains-name");
        }
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return true;
        }
        String letters = lower.replaceAll("[^\\p{L}]", "");
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        String unleeted = core.replace('0', 'o')
                .replace('1', 'i')
                .replace('3', 'e')
                .replace('4', 'a')
                .replace('5', 's')
                .replace('@', 'a')
                .replace('$', 's')
                .replaceAll("[^\\p{L}]", "");
        return lower.chars().allMatch(Character::isDigit)
                || lower.chars().distinct().count() <= 2
                || isRepetitionOfCommon(letters)
                || isRepetitionOfCommon(unleeted);
    }

    private boolean isRepetitionOfCommon(String letters) {
        if (common.contains(letters)) {
            return true;
        }
        for (int size = 1; size <= letters.length() / 2; size++) {
            if (letters.length() % size == 0) {
                String unit = letters.substring(0, size);
                if (unit.repeat(letters.length() / size).equals(letters) && (common.contains(unit) || size <= 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
