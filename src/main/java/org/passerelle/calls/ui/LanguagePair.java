package org.passerelle.calls.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * One text in its two languages on one row, English left and French right; stacked on narrow screens (the
 * steps measure the layout's own width, so also inside a dialog on a phone).
 */
final class LanguagePair extends FormLayout {

    static final String TWO_COLUMNS_FROM = "30em";

    final Component english;
    final Component french;

    LanguagePair(Component english, Component french) {
        this.english = english;
        this.french = french;
        addClassName("passerelle-language-pair");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep(TWO_COLUMNS_FROM, 2));
        add(english, french);
    }
}
