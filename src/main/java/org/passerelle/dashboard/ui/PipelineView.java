package org.passerelle.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.PipelineFigures;
import org.passerelle.proposals.PipelineFilter;
import org.passerelle.proposals.ProposalDashboards;
import org.passerelle.security.Role;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/**
 * The 3E pipeline for staff and the board: proposals per call and stage (chart and table), median days per state,
 * acceptance rate, countries and sectors of accepted projects, late milestones; filters; the tables as CSV.
 */
@Route("pipeline")
@RolesAllowed({Role.Names.STAFF, Role.Names.BOARD_MEMBER})
@Menu(order = 1, title = "pipeline.title", icon = "vaadin:chart-3d")
public final class PipelineView extends Main implements HasDynamicTitle {

    final ComboBox<SpaceSummary> space = new ComboBox<>();
    final ComboBox<CallSummary> call = new ComboBox<>();
    final DatePicker from = ComponentTexts.translated(new DatePicker());
    final DatePicker to = ComponentTexts.translated(new DatePicker());
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final Button clear = new Button();
    final Paragraph acceptance = new Paragraph();
    final Paragraph lateMilestones = new Paragraph();
    final Div results = new Div();
    final Anchor csv;
    private final ProposalDashboards dashboards;
    private final Map<Long, String> spaceNames;
    private final Map<Long, String> callNames;
    private PipelineRows rows;

    PipelineView(ProposalDashboards dashboards, SpaceService spaces, CallService calls) {
        this.dashboards = dashboards;
        addClassName("passerelle-page");
        List<SpaceSummary> visibleSpaces = spaces.visibleSpaces();
        List<CallSummary> visibleCalls = calls.visibleCalls();
        spaceNames = visibleSpaces.stream()
                .collect(Collectors.toMap(
                        SpaceSummary::id, s -> s.title(getLocale()).text()));
        callNames = visibleCalls.stream()
                .collect(Collectors.toMap(
                        CallSummary::id, c -> c.title(getLocale()).text()));
        space.setLabel(getTranslation("pipeline.filter.space"));
        space.setItems(visibleSpaces);
        space.setItemLabelGenerator(s -> spaceNames.get(s.id()));
        call.setLabel(getTranslation("pipeline.filter.call"));
        call.setItems(visibleCalls);
        call.setItemLabelGenerator(c -> callNames.get(c.id()));
        from.setLabel(getTranslation("pipeline.filter.from"));
        to.setLabel(getTranslation("pipeline.filter.to"));
        country.setLabel(getTranslation("pipeline.filter.country"));
        country.setItems(Countries.originChoices(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        sector.setLabel(getTranslation("pipeline.filter.sector"));
        sector.setItems(Arrays.asList(Sector.values()));
        sector.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        clear.setText(getTranslation("pipeline.filter.clear"));
        clear.addClickListener(e -> {
            space.clear();
            call.clear();
            from.clear();
            to.clear();
            country.clear();
            sector.clear();
        });
        FlexLayout filters = new FlexLayout(space, call, from, to, country, sector, clear);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s, 0.5rem)").set("align-items", "baseline");
        csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = rows.csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "pipeline.csv", "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("pipeline.csv"));
        add(new Paragraph(getTranslation("pipeline.intro")), filters, acceptance, lateMilestones, results, csv);
        List.of(space, call, country, sector).forEach(c -> c.addValueChangeListener(e -> refresh()));
        List.of(from, to).forEach(d -> d.addValueChangeListener(e -> refresh()));
        refresh();
    }

    /** Reads the figures again with the filters as they are now. */
    void refresh() {
        PipelineFilter filter = new PipelineFilter(
                space.getValue() == null ? null : space.getValue().id(),
                call.getValue() == null ? null : call.getValue().id(),
                from.getValue(),
                to.getValue(),
                country.getValue(),
                sector.getValue());
        PipelineFigures figures = dashboards.pipeline(filter);
        rows = new PipelineRows(figures, spaceNames, callNames, getLocale(), this::getTranslation);
        Double rate = figures.acceptanceRate();
        acceptance.setText(
                rate == null
                        ? getTranslation("pipeline.acceptance.none")
                        : getTranslation("pipeline.acceptance", String.format(getLocale(), "%.0f", rate)));
        lateMilestones.setText(getTranslation("pipeline.late-milestones", figures.lateMilestones()));
        results.removeAll();
        List<List<String>> stages = rows.stageRows();
        results.add(new H3(getTranslation("pipeline.stages.title")));
        if (stages.isEmpty()) {
            results.add(new Paragraph(getTranslation("pipeline.empty")));
            return;
        }
        List<List<String>> perCall = stages.subList(0, stages.size() - 1);
        results.add(
                StageChart.of(
                        perCall.stream().map(r -> r.get(1)).toList(),
                        perCall.stream()
                                .map(r -> new long[] {
                                    Long.parseLong(r.get(2)), Long.parseLong(r.get(3)), Long.parseLong(r.get(4))
                                })
                                .toList(),
                        Arrays.stream(Stage.values())
                                .map(s -> getTranslation(s.messageKey()))
                                .toList()),
                Tables.of(getTranslation("pipeline.stages.caption"), rows.stageHeader(), stages));
        results.add(
                section("pipeline.medians.title", "pipeline.medians.empty", rows.medianHeader(), rows.medianRows()));
        results.add(section(
                "pipeline.countries.title",
                "pipeline.accepted.empty",
                List.of(getTranslation("pipeline.column.country"), getTranslation("pipeline.column.accepted")),
                rows.countryRows()));
        results.add(section(
                "pipeline.sectors.title",
                "pipeline.accepted.empty",
                List.of(getTranslation("pipeline.column.sector"), getTranslation("pipeline.column.accepted")),
                rows.sectorRows()));
    }

    private Component section(String title, String empty, List<String> header, List<List<String>> body) {
        Div section = new Div(new H3(getTranslation(title)));
        section.add(
                body.isEmpty() ? new Paragraph(getTranslation(empty)) : Tables.of(getTranslation(title), header, body));
        return section;
    }

    PipelineRows rows() {
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title");
    }
}
