package org.passerelle.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;
import org.passerelle.base.ui.MainLayout;
import org.passerelle.base.ui.PageSection;
import org.passerelle.search.SearchService;
import org.passerelle.security.CurrentUser;

/** A search field in the shell's top bar of every signed-in person: Enter opens the search page. */
@org.springframework.stereotype.Component
class SearchFieldSection implements PageSection<MainLayout> {

    private final CurrentUser currentUser;

    SearchFieldSection(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(MainLayout shell) {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        TextField field = new TextField();
        field.addClassName("passerelle-shell-search");
        field.setPlaceholder(field.getTranslation("search.shell"));
        field.setAriaLabel(field.getTranslation("search.shell"));
        field.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.addKeyPressListener(Key.ENTER, enter -> {
            String words = field.getValue();
            field.clear();
            field.getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(Map.of("q", words))));
        });
        return Optional.of(field);
    }

    /** Before the bell. */
    @Override
    public int order() {
        return -10;
    }
}
