package org.passerelle.dashboard.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;

/**
 * A stacked bar per call (Enable, Engage, Empower), drawn on the server as SVG; it scales to the page's width
 * (360 px included). Screen readers skip it: the table beside it holds the same numbers.
 */
final class StageChart {

    static final String[] COLOURS = {"#2a7ab0", "#c77c02", "#2e8540"};
    private static final int WIDTH = 360;
    private static final int ROW = 34;

    private StageChart() {}

    /** {@code rows}: label, then the three stage counts (as in {@link PipelineRows#stageRows()}, totals left out). */
    static Svg of(List<String> labels, List<long[]> counts, List<String> legend) {
        long max = counts.stream().mapToLong(c -> c[0] + c[1] + c[2]).max().orElse(1);
        int height = ROW * labels.size() + 24;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\" style=\"max-width:720px\">");
        for (int i = 0; i < legend.size(); i++) {
            int x = i * 120;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[i])
                    .append("\"/><text x=\"")
                    .append(x + 14)
                    .append("\" y=\"13\" font-size=\"11\">")
                    .append(escape(legend.get(i)))
                    .append("</text>");
        }
        for (int r = 0; r < labels.size(); r++) {
            int y = 24 + r * ROW;
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 11)
                    .append("\" font-size=\"11\">")
                    .append(escape(labels.get(r)))
                    .append("</text>");
            double x = 0;
            for (int s = 0; s < 3; s++) {
                double w = max == 0 ? 0 : (WIDTH - 40.0) * counts.get(r)[s] / max;
                if (w > 0) {
                    svg.append(String.format(
                            java.util.Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>",
                            x,
                            y + 15,
                            w,
                            COLOURS[s]));
                }
                x += w;
            }
            svg.append(String.format(
                    java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%d</text>",
                    x + 4,
                    y + 26,
                    counts.get(r)[0] + counts.get(r)[1] + counts.get(r)[2]));
        }
        return new Svg(svg.append("</svg>").toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
