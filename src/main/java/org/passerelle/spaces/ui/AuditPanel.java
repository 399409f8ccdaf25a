package org.passerelle.spaces.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.audit.AuditEntry;
import org.passerelle.audit.AuditLog;
import org.passerelle.audit.AuditTexts;
import org.passerelle.base.ui.ComponentTexts;

/**
 * The space's audit log for staff, newest first, in the reader's language: when (Brussels time), who, what,
 * and the details as a sentence (people by name, states and roles translated).
 */
final class AuditPanel extends Details {

    final Grid<AuditEntry> grid = ComponentTexts.translated(new Grid<>());

    AuditPanel(AuditLog auditLog, AccountService accounts, long spaceId) {
        setSummaryText(getTranslation("spaces.audit"));
        List<AuditEntry> entries = auditLog.ofSpace(spaceId, 200);
        Map<Long, String> names = accounts.people(AuditTexts.people(entries)).values().stream()
                .collect(Collectors.toMap(PersonRef::id, PersonRef::displayName));
        AuditTexts texts = new AuditTexts(this::getTranslation, getLocale(), names);
        grid.addColumn(texts::when)
                .setKey("when")
                .setHeader(getTranslation("spaces.audit.when"))
                .setAutoWidth(true);
        grid.addColumn(texts::who).setKey("who").setHeader(getTranslation("spaces.audit.who"));
        grid.addColumn(texts::what).setKey("what").setHeader(getTranslation("spaces.audit.what"));
        grid.addColumn(texts::details).setKey("details").setHeader(getTranslation("spaces.audit.details"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
