package org.passerelle.dashboard.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** Plain HTML tables with a caption and column headers, which screen readers read cell by cell. */
final class Tables {

    private Tables() {}

    static NativeTable of(String caption, List<String> header, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        table.setCaptionText(caption);
        NativeTableRow head = new NativeTableRow();
        header.forEach(text -> {
            var cell = head.addHeaderCell();
            cell.setText(text);
            cell.getElement().setAttribute("scope", "col");
        });
        table.getHead().add(head);
        var body = table.addBody();
        for (List<String> values : rows) {
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    var cell = row.addHeaderCell();
                    cell.setText(values.get(i));
                    cell.getElement().setAttribute("scope", "row");
                } else {
                    row.addDataCell().setText(values.get(i));
                }
            }
            body.add(row);
        }
        return table;
    }
}
