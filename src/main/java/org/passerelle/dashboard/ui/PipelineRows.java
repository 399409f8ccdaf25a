package org.passerelle.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.passerelle.base.Countries;
import org.passerelle.base.Csv;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.proposals.PipelineFigures;
import org.passerelle.proposals.ProposalState;

/**
 * The pipeline's numbers as rows of text, the same for the tables on the page and for the CSV export: proposals
 * per call and stage, median days per state, and accepted projects per country and per sector.
 *
 * @param translate message key and arguments to text, in the reader's language
 */
record PipelineRows(
        PipelineFigures figures,
        Map<Long, String> spaceNames,
        Map<Long, String> callNames,
        Locale locale,
        BiFunction<String, Object[], String> translate) {

    List<String> stageHeader() {
        return List.of(
                t("pipeline.column.space"),
                t("pipeline.column.call"),
                t(Stage.ENABLE.messageKey()),
                t(Stage.ENGAGE.messageKey()),
                t(Stage.EMPOWER.messageKey()),
                t("pipeline.column.declined"),
                t("pipeline.column.total"));
    }

    /** One row per call, then the totals. */
    List<List<String>> stageRows() {
        List<List<String>> rows = new ArrayList<>();
        long[] sum = new long[5];
        for (PipelineFigures.CallRow call : figures.calls()) {
            long[] n = {
                call.inStage(Stage.ENABLE),
                call.inStage(Stage.ENGAGE),
                call.inStage(Stage.EMPOWER),
                call.inState(ProposalState.DECLINED) + call.inState(ProposalState.WITHDRAWN),
                call.total()
            };
            for (int i = 0; i < n.length; i++) {
                sum[i] += n[i];
            }
            rows.add(row(
                    spaceNames.getOrDefault(call.spaceId(), "#" + call.spaceId()),
                    callNames.getOrDefault(call.callId(), "#" + call.callId()),
                    n));
        }
        if (!rows.isEmpty()) {
            rows.add(row(t("pipeline.totals"), "", sum));
        }
        return rows;
    }

    List<String> medianHeader() {
        return List.of(t("pipeline.column.state"), t("pipeline.column.median"), t("pipeline.column.stays"));
    }

    List<List<String>> medianRows() {
        List<List<String>> rows = new ArrayList<>();
        figures.medianDays()
                .forEach((state, days) -> rows.add(List.of(
                        t(state.messageKey()),
                        String.format(locale, "%.1f", days),
                        Long.toString(figures.stays().getOrDefault(state, 0L)))));
        return rows;
    }

    List<List<String>> countryRows() {
        List<List<String>> rows = new ArrayList<>();
        figures.acceptedByCountry().forEach((code, n) -> rows.add(List.of(Countries.name(code, locale), n.toString())));
        return rows;
    }

    List<List<String>> sectorRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Sector, Long> e : figures.acceptedBySector().entrySet()) {
            rows.add(List.of(t(e.getKey().messageKey()), e.getValue().toString()));
        }
        return rows;
    }

    /** Every table, one after the other, as CSV (see {@link Csv}), with a blank line between tables. */
    String csv() {
        Csv out = Csv.plain();
        table(out, stageHeader(), stageRows());
        out.blankLine();
        table(out, medianHeader(), medianRows());
        out.blankLine();
        table(out, List.of(t("pipeline.column.country"), t("pipeline.column.accepted")), countryRows());
        out.blankLine();
        table(out, List.of(t("pipeline.column.sector"), t("pipeline.column.accepted")), sectorRows());
        return out.text();
    }

    private static void table(Csv out, List<String> header, List<List<String>> rows) {
        out.row(header);
        rows.forEach(out::row);
    }

    private static List<String> row(String space, String call, long[] n) {
        List<String> row = new ArrayList<>(List.of(space, call));
        for (long value : n) {
            row.add(Long.toString(value));
        }
        return row;
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }
}
