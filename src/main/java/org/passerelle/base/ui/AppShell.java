package org.passerelle.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: push, the Lumo theme and our stylesheet, the viewport for phones, the icon. In a
 * {@code ui} package, as every class Vaadin looks for at start-up (see {@code Application}'s {@code @EnableVaadin}).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/passerelle.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "images/passerelle.svg", "any");
    }
}
