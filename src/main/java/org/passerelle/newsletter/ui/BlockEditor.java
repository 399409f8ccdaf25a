package org.passerelle.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.newsletter.BlockChoice;
import org.passerelle.newsletter.BlockInfo;
import org.passerelle.newsletter.BlockKind;
import org.passerelle.newsletter.NewsletterService;

/** The blocks of a draft: listed in order (move, remove, edit a text), and added (something of the app, or text). */
final class BlockEditor extends Div {

    final Div list = new Div();
    final ComboBox<BlockChoice> pick = new ComboBox<>();
    final Button add = new Button();
    final TextArea textEn = new TextArea();
    final TextArea textFr = new TextArea();
    final Button saveText = new Button();
    Long editing;

    private final NewsletterService newsletters;
    private final long issueId;
    private final Runnable changed;

    BlockEditor(NewsletterService newsletters, long issueId, Runnable changed) {
        this.newsletters = newsletters;
        this.issueId = issueId;
        this.changed = changed;
        addClassName("passerelle-card");
        pick.setLabel(getTranslation("newsletter.editor.pick"));
        pick.setItemLabelGenerator(choice -> getTranslation(choice.kind().messageKey()) + ": " + choice.label());
        pick.setWidth("32em");
        add.setText(getTranslation("newsletter.editor.add"));
        add.addClickListener(click -> addPicked());
        textEn.setLabel(getTranslation("newsletter.editor.text-en"));
        textFr.setLabel(getTranslation("newsletter.editor.text-fr"));
        textEn.setWidthFull();
        textFr.setWidthFull();
        textEn.setMaxLength(10000);
        textFr.setMaxLength(10000);
        saveText.setText(getTranslation("newsletter.editor.add-text"));
        saveText.addClickListener(click -> saveText());
        HorizontalLayout picking = new HorizontalLayout(pick, add);
        picking.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H3(getTranslation("newsletter.editor.blocks")), list, picking, textEn, textFr, saveText);
        pick.setItems(newsletters.choices(getLocale()));
        reload();
    }

    void reload() {
        list.removeAll();
        List<BlockInfo> blocks = newsletters.blocks(issueId, getLocale());
        if (blocks.isEmpty()) {
            list.add(new Paragraph(getTranslation("newsletter.editor.no-blocks")));
        }
        for (BlockInfo block : blocks) {
            HorizontalLayout row = new HorizontalLayout();
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            row.addClassName("passerelle-newsletter-block");
            Span label = new Span(block.label());
            label.getStyle().set("flex-grow", "1");
            row.add(label, button("newsletter.editor.up", () -> newsletters.moveBlock(block.id(), -1)));
            row.add(button("newsletter.editor.down", () -> newsletters.moveBlock(block.id(), 1)));
            if (block.kind() == BlockKind.TEXT) {
                Button edit = new Button(getTranslation("newsletter.editor.edit"), click -> edit(block));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(edit);
            }
            row.add(button("newsletter.editor.remove", () -> newsletters.removeBlock(block.id())));
            list.add(row);
        }
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> run(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void edit(BlockInfo block) {
        editing = block.id();
        textEn.setValue(block.textEn() == null ? "" : block.textEn());
        textFr.setValue(block.textFr() == null ? "" : block.textFr());
        saveText.setText(getTranslation("newsletter.editor.save-text"));
    }

    void addPicked() {
        BlockChoice choice = pick.getValue();
        if (choice == null) {
            return;
        }
        if (run(() -> newsletters.addBlock(issueId, choice.kind(), choice.refId()))) {
            pick.clear();
        }
    }

    void saveText() {
        Map<String, TextArea> fields = Map.of("textEn", textEn, "textFr", textFr);
        Feedback.clear(fields);
        Long block = editing;
        boolean done = run(
                () -> {
                    if (block == null) {
                        newsletters.addText(issueId, textEn.getValue(), textFr.getValue());
                    } else {
                        newsletters.updateText(block, textEn.getValue(), textFr.getValue());
                    }
                },
                fields);
        if (done) {
            editing = null;
            textEn.clear();
            textFr.clear();
            saveText.setText(getTranslation("newsletter.editor.add-text"));
        }
    }

    private boolean run(Runnable action) {
        return run(action, Map.of());
    }

    private boolean run(Runnable action, Map<String, TextArea> fields) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            Feedback.show(refused, fields);
            return false;
        }
        reload();
        changed.run();
        return true;
    }
}
