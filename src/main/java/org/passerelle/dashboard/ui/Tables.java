package org.passerelle.dashboard.ui;

import com.vaadin.flow.component.Html;
import java.util.List;

/**
 * Plain HTML tables with a caption and column and row headers, which screen readers read cell by cell. Written as
 * one element (the texts escaped) rather than a component per cell: a pipeline of a hundred calls would otherwise
 * keep some eight hundred components per open page.
 */
final class Tables {

    private Tables() {}

    static Html of(String caption, List<String> header, List<List<String>> rows) {
        // on a phone a wide table scrolls sideways inside its own box, which the keyboard can reach (a named region)
        StringBuilder html = new StringBuilder("<div class=\"dashboard-table-scroll\" role=\"region\" tabindex=\"0\"")
                .append(" aria-label=\"")
                .append(escape(caption))
                .append("\"><table class=\"dashboard-table\"><caption>")
                .append(escape(caption))
                .append("</caption><thead><tr>");
        header.forEach(
                text -> html.append("<th scope=\"col\">").append(escape(text)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> values : rows) {
            html.append("<tr>");
            for (int i = 0; i < values.size(); i++) {
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>")
                        .append(escape(values.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return new Html(html.append("</tbody></table></div>").toString());
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
