package org.passerelle.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one way the application turns Markdown (messages, proposals, session texts, reports) into HTML, so
 * that every page follows the same rules, in two independent passes:
 * <ol>
 *   <li>commonmark renders the text with raw HTML escaped (a {@code <script>} in the text is shown as
 *       text); images become plain links to their address, so a text cannot make every reader's browser
 *       fetch a third-party address (a tracking pixel) just by being shown;</li>
 *   <li>jsoup keeps only the tags and attributes Markdown produces (an allow-list: no {@code style},
 *       no event handler, no {@code class}), and {@link #allowsLink} decides every link: http, https and
 *       mailto addresses, and paths of this site ({@code /spaces/3}, {@code #top}). Any other link
 *       ({@code javascript:}, {@code data:}, {@code //elsewhere}, a relative path) is shown as its text
 *       only. Every link gets {@code rel="nofollow noopener noreferrer"}; http(s) links open in a new
 *       tab.</li>
 * </ol>
 * The result is safe to set as {@code innerHTML} (see {@code base.ui.MarkdownView}).
 */
public final class MarkdownHtml {

    private static final Parser PARSER = Parser.builder().build();
    // no URL sanitiser of commonmark's own (it keeps data: links): allowsLink is the one rule
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).build();
    private static final Safelist ALLOWED = new Safelist()
            .addTags(
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
                    "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start");
    /** What browsers ignore in an address (tabs and line breaks anywhere, controls and spaces at the ends). */
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

    static final String LINK_REL = "nofollow noopener noreferrer";

    private MarkdownHtml() {}

    /** The Markdown as HTML in which nothing runs and links lead only where {@link #allowsLink} says. */
    public static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        imagesAsLinks(document);
        Document dirty = Jsoup.parseBodyFragment(RENDERER.render(document));
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element link : clean.select("a")) {
            String href = link.attr("href");
            if (!allowsLink(href)) {
                link.unwrap();
                continue;
            }
            link.attr("rel", LINK_REL);
            if (href.regionMatches(true, 0, "http", 0, 4)) {
                link.attr("target", "_blank"); // another site: the page with unsaved work stays open
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * Whether a link may lead there: http, https or mailto, a path of this site ({@code /…} but not
     * {@code //host}, which is another site) or a place on the page ({@code #…}). Judged on the address
     * as a browser reads it, so {@code java&#9;script:} or {@code " JAVASCRIPT:"} are what they are.
     */
    public static boolean allowsLink(String href) {
        if (href == null) {
            return false;
        }
        String url = IGNORED_BY_BROWSERS.matcher(href).replaceAll("").toLowerCase(Locale.ROOT);
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
            return true;
        }
        if (url.startsWith("/")) {
            // "//host" and "/\host" are addresses on another site (browsers read \ as /)
            return url.length() == 1 || (url.charAt(1) != '/' && url.charAt(1) != '\\');
        }
        return url.startsWith("#");
    }

    /** Each image as a link to its address (or, inside a link already, as its description alone). */
    private static void imagesAsLinks(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            Node replacement = insideLink(image) ? null : new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            if (child == null && replacement != null) {
                replacement.appendChild(new Text(image.getDestination()));
            }
            while (child != null) {
                Node next = child.getNext();
                if (replacement == null) {
                    image.insertBefore(child);
                } else {
                    replacement.appendChild(child);
                }
                child = next;
            }
            if (replacement != null) {
                image.insertBefore(replacement);
            }
            image.unlink();
        }
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }
}
