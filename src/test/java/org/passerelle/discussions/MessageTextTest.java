package org.passerelle.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.passerelle.base.InvalidInputException;

class MessageTextTest {

    @Test
    void rawHtmlBecomesTextOutsideCode() {
        assertThat(MessageText.inert("<script>alert(1)</script>")).isEqualTo("&lt;script>alert(1)&lt;/script>");
        assertThat(MessageText.inert("a <img src=x onerror=alert(1)> b")).doesNotContain("<img");
        assertThat(MessageText.inert("<iframe\nsrc=x>")).doesNotContain("<iframe");
        assertThat(MessageText.inert("`<b>` and <b>")).isEqualTo("`<b>` and &lt;b>");
        assertThat(MessageText.inert("```\n<b>code</b>\n```\n<b>")).isEqualTo("```\n<b>code</b>\n```\n&lt;b>");
        assertThat(MessageText.inert("unclosed ` <script>")).doesNotContain("<script");
        assertThat(MessageText.inert("<!-- comment --> <a href=\"javascript:x\">"))
                .doesNotContain("<!--", "<a ");
    }

    @Test
    void onlyWebMailAndLocalLinksSurvive() {
        assertThat(MessageText.inert("[a](javascript:alert(1))")).isEqualTo("[a](#)");
        assertThat(MessageText.inert("[a]( JavaScript:alert(1))")).isEqualTo("[a](#)");
        assertThat(MessageText.inert("![a](data:text/html;base64,xx)")).isEqualTo("![a](#)");
        assertThat(MessageText.inert("[a](&#106;avascript:alert(1))")).isEqualTo("[a](#)");
        assertThat(MessageText.inert("[a](<javascript:alert(1)>)")).isEqualTo("[a](#)");
        assertThat(MessageText.inert("[a]: vbscript:x")).isEqualTo("[a]: #");
        assertThat(MessageText.inert("[a](https://iom.int/x?a=1&b=2) [m](mailto:x@y.org) [s](/spaces/1)"))
                .isEqualTo("[a](https://iom.int/x?a=1&b=2) [m](mailto:x@y.org) [s](/spaces/1)");
        assertThat(MessageText.inert("> a quote stays a quote")).isEqualTo("> a quote stays a quote");
    }

    @Test
    void cleaningRefusesEmptyAndOverLongTexts() {
        assertThat(MessageText.clean("  hi\r\nthere\u0000 ", 10)).isEqualTo("hi\nthere");
        assertThatThrownBy(() -> MessageText.clean("\u0007 \n", 10)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageText.clean("x".repeat(11), 10))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.arguments()).containsExactly(10, 11));
    }

    @Test
    void mentionsNeedTheWholeNameAndAreNotEmailAddresses() {
        var people = java.util.List.of(
                new Mentions.Candidate(1, "Bea Board"),
                new Mentions.Candidate(2, "Bea"),
                new Mentions.Candidate(3, "Sam"));
        assertThat(Mentions.find("hi @bea board!", people)).containsExactly(1L);
        assertThat(Mentions.find("hi @Bea, and @Samuel", people)).containsExactly(2L);
        assertThat(Mentions.find("write to x@Sam.org", people)).isEmpty();
    }
}
