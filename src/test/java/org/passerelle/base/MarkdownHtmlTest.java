package org.passerelle.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile Markdown against the application's one renderer (every page shows Markdown through it: see
 * {@code ArchitectureTest#markdownIsRenderedOnlyByTheOneRenderer}). Each output is parsed back and must
 * hold only allowed tags and attributes, with links only to http, https, mailto or this site.
 */
class MarkdownHtmlTest {

    private static final Set<String> TAGS = Set.of(
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "em",
            "strong",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "a");
    private static final Map<String, Set<String>> ATTRIBUTES =
            Map.of("a", Set.of("href", "title", "rel", "target"), "ol", Set.of("start"));

    static Stream<String> hostile() {
        return Stream.of(
                "[x](javascript:alert(1))",
                "[x](JAVASCRIPT:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](java&#x09;script:alert(1))",
                "[x](java&#10;script:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x](javascript&colon;alert(1))",
                "[x](<javascript:alert(1)>)",
                "[x](< javascript:alert(1)>)",
                "[x](<\u0001javascript:alert(1)>)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](DATA:text/html,<script>alert(1)</script>)",
                "[x](vbscript:msgbox(1))",
                "[x](file:///etc/passwd)",
                "[x](//evil.example)",
                "[x](/\\evil.example)",
                "[x](<\\\\evil.example>)",
                "<javascript:alert(1)>",
                "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "[x][ref]\n\n[ref]: data:text/html;base64,PHNjcmlwdD4=",
                "[x]\n\n[x]: <javascript:alert(1)> \"t\"",
                "[x](https://ok.example \"a\\\" onmouseover=\\\"alert(1)\")",
                "[x](https://ok.example 'a\" onmouseover=\"alert(1)')",
                "[x][r]\n\n[r]: https://ok.example \"\\\" onfocus=\\\"alert(1)\\\" autofocus x=\\\"\"",
                "[x](https://ok.example/\" onclick=\"alert(1))",
                "[**bold** [inner](javascript:alert(1))](https://ok.example)",
                "[![alt](javascript:alert(1))](https://ok.example)",
                "![x](javascript:alert(1))",
                "![x](https://tracker.example/pixel.png)",
                "![](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "text <img src=x onerror=alert(1)> inline",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<style>body{display:none}</style>",
                "<form action=\"https://evil.example\"><input name=password></form>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<!-- <script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```",
                "    <script>alert(1)</script>",
                "> <img src=x onerror=alert(1)>",
                "- [x](javascript:alert(1))\n- <b onclick=alert(1)>b</b>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<p onmouseover=\"alert(1)\">x</p>",
                "[x](https://ok.example){onclick=alert(1)}",
                "<http://ok.example/\"onmouseover=\"alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileMarkdownKeepsOnlyAllowedTagsAttributesAndLinks(String markdown) {
        String html = MarkdownHtml.render(markdown);
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(TAGS).as("tag in %s", html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(ATTRIBUTES.getOrDefault(element.tagName(), Set.of()))
                        .as("attribute in %s", html)
                        .contains(attribute.getKey());
            }
            if (element.tagName().equals("a")) {
                assertThat(readAsBrowsers(element.attr("href")))
                        .as("link in %s", html)
                        .matches("^(https?://|mailto:|/(?![/\\\\])|#).*");
                assertThat(element.attr("rel")).isEqualTo("nofollow noopener noreferrer");
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT))
                .doesNotContain("<script", "<img", "<iframe", "<svg", "<style", "<form");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(MarkdownHtml.render("**hi** <script>alert(1)</script>"))
                .isEqualTo("<p><strong>hi</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    }

    @Test
    void unsafeLinksAreShownAsTheirTextAlone() {
        assertThat(MarkdownHtml.render("[click me](javascript:alert(1))")).isEqualTo("<p>click me</p>\n");
        assertThat(MarkdownHtml.render("[page](data:text/html;base64,PHNjcmlwdD4=)"))
                .isEqualTo("<p>page</p>\n");
        assertThat(MarkdownHtml.render("[elsewhere](//evil.example)")).isEqualTo("<p>elsewhere</p>\n");
        assertThat(MarkdownHtml.render("<javascript:alert(1)>")).isEqualTo("<p>javascript:alert(1)</p>\n");
    }

    @Test
    void allowedLinksGetRelAndOtherSitesOpenInANewTab() {
        assertThat(MarkdownHtml.render("[site](https://ok.example/a?b=1&c=2 \"A \\\"title\\\"\")"))
                .isEqualTo("<p><a href=\"https://ok.example/a?b=1&amp;c=2\" title=\"A &quot;title&quot;\""
                        + " rel=\"nofollow noopener noreferrer\" target=\"_blank\">site</a></p>\n");
        assertThat(MarkdownHtml.render("[write](mailto:board@example.org)"))
                .isEqualTo("<p><a href=\"mailto:board@example.org\" rel=\"nofollow noopener noreferrer\">write</a>"
                        + "</p>\n");
        assertThat(MarkdownHtml.render("[the space](/spaces/3) and [top](#top)"))
                .isEqualTo("<p><a href=\"/spaces/3\" rel=\"nofollow noopener noreferrer\">the space</a> and"
                        + " <a href=\"#top\" rel=\"nofollow noopener noreferrer\">top</a></p>\n");
    }

    @Test
    void imagesBecomeLinksSoNoThirdPartyAddressIsFetchedOnDisplay() {
        assertThat(MarkdownHtml.render("![the chart](https://stats.example/chart.png)"))
                .isEqualTo("<p><a href=\"https://stats.example/chart.png\" rel=\"nofollow noopener noreferrer\""
                        + " target=\"_blank\">the chart</a></p>\n");
        assertThat(MarkdownHtml.render("![x](javascript:alert(1))")).isEqualTo("<p>x</p>\n");
    }

    @Test
    void ordinaryMarkdownStillRenders() {
        assertThat(MarkdownHtml.render("# Plan\n\n1. one\n2. *two*\n\n> quoted\n\n`code`"))
                .isEqualTo("<h1>Plan</h1>\n<ol>\n<li>one</li>\n<li><em>two</em></li>\n</ol>\n"
                        + "<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><code>code</code></p>\n");
        assertThat(MarkdownHtml.render(null)).isEmpty();
        assertThat(MarkdownHtml.render("  \n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                " JavaScript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "\u0000javascript:alert(1)",
                "data:text/html,x",
                "vbscript:x",
                "//evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "spaces/3",
                "ftp://files.example",
                ""
            })
    void refusedLinks(String href) {
        assertThat(MarkdownHtml.allowsLink(href)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ok.example", "HTTP://ok.example", "mailto:a@b.example", "/", "/spaces/3", "#top"})
    void allowedLinks(String href) {
        assertThat(MarkdownHtml.allowsLink(href)).isTrue();
    }

    /** An address as a browser reads it (what MarkdownHtml must judge by too). */
    private static String readAsBrowsers(String href) {
        return href.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    }
}
