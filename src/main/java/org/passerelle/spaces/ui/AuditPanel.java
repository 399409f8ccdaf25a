package org.passerelle.spaces.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.audit.AuditEntry;
import org.passerelle.audit.AuditLog;
import org.passerelle.base.TimeZones;
import org.passerelle.base.ui.ComponentTexts;

/** The space's audit log for staff: who did what, when (Brussels time), newest first. */
final class AuditPanel extends Details {

    final Grid<AuditEntry> grid = ComponentTexts.translated(new Grid<>());

    AuditPanel(AuditLog auditLog, AccountService accounts, long spaceId) {
        setSummaryText(getTranslation("spaces.audit"));
        List<AuditEntry> entries = auditLog.ofSpace(spaceId, 200);
        Map<Long, PersonRef> people = accounts.people(entries.stream()
                .map(AuditEntry::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(TimeZones.OFFICE);
        grid.addColumn(e -> format.format(e.occurredAt()))
                .setKey("when")
                .setHeader(getTranslation("spaces.audit.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorId() == null
                        ? getTranslation("spaces.audit.system")
                        : people.containsKey(e.actorId())
                                ? people.get(e.actorId()).displayName()
                                : "#" + e.actorId())
                .setKey("who")
                .setHeader(getTranslation("spaces.audit.who"));
        grid.addColumn(e -> getTranslation("audit." + e.action()))
                .setKey("what")
                .setHeader(getTranslation("spaces.audit.what"));
        grid.addColumn(AuditEntry::details).setKey("details").setHeader(getTranslation("spaces.audit.details"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
