package org.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.base.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> policy.check("Short-pass1", "a@b.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "password.error.too-short");
        assertThatThrownBy(() -> policy.check(null, "a@b.example"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.too-short");
    }

    @Test
    void refusesPasswordsBcryptWouldTruncate() {
        assertThatThrownBy(() -> policy.check("x".repeat(10) + "Long-enough-but-".repeat(5), "a@b.example"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.too-long");
        // 40 characters but 80 bytes in UTF-8
        assertThatThrownBy(() -> policy.check("éèàüöéèàüöéèàüöéèàüöéèàüöéèàüöéèàüöéèàü", "a@b.example"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.too-long");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012", "1q2w3e4r5t6y", "Password1234", "P@ssw0rd2024!", "motdepasse2024", "Azerty123456",
                "passwordpassword", "aaaaaaaaaaaa", "abababababab", "qwertyuiop12", "Soleil!!2025", "passerelle2026",
                "000000000000000", "ILOVEYOU1234"
            })
    void refusesCommonPasswords(String password) {
        assertThatThrownBy(() -> policy.check(password, "someone@test.example"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.too-common");
    }

    @Test
    void refusesThePersonsOwnEmailName() {
        assertThatThrownBy(() -> policy.check("fatima.diallo-1987x", "fatima.diallo@test.example"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.contains-name");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Correct-Horse-Battery-9", "le pont relie deux rives", "9#kP2$vL7&qZ", "Kigali en été 2019"})
    void acceptsGoodPasswords(String password) {
        assertThatCode(() -> policy.check(password, "someone@test.example")).doesNotThrowAnyException();
        assertThat(policy.isCommon(password)).isFalse();
    }
}
