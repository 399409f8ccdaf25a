package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.AccountSummary;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.security.Role;

/** Administrators create, edit, disable and enable accounts and set their roles. */
@Route("accounts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.accounts", icon = "vaadin:users")
public final class AccountsView extends Main implements HasDynamicTitle {

    final Grid<AccountSummary> grid = ComponentTexts.translated(new Grid<>());
    final PhoneCards<AccountSummary> phoneCards;
    final Button create = new Button();
    private final AccountService service;

    AccountsView(AccountService service) {
        this.service = service;
        addClassName("passerelle-page");
        create.setText(getTranslation("accounts.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new AccountDialog(service, null, saved -> {
                    refresh();
                    Feedback.success(getTranslation("accounts.created", saved.email()));
                })
                .open());

        grid.addColumn(AccountSummary::displayName)
                .setKey("name")
                .setHeader(getTranslation("accounts.field.name"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::email)
                .setKey("email")
                .setHeader(getTranslation("accounts.field.email"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(this::roles).setKey("roles").setHeader(getTranslation("accounts.field.roles"));
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("accounts.field.status"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        phoneCards = PhoneCards.on(grid, AccountSummary::displayName, a -> List.of(a.email(), roles(a), status(a)))
                .withActions(this::actions);
        add(new HorizontalLayout(create), grid);
        refresh();
    }

    private String roles(AccountSummary account) {
        return account.roles().stream()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "));
    }

    private String status(AccountSummary account) {
        return getTranslation(account.enabled() ? "accounts.status.enabled" : "accounts.status.disabled");
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button edit = new Button(
                getTranslation("action.edit"),
                click -> new AccountDialog(service, account, saved -> {
                            refresh();
                            Feedback.success(getTranslation("accounts.saved", saved.email()));
                        })
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("accounts.edit-of", account.displayName()));
        String toggleKey = account.enabled() ? "accounts.disable" : "accounts.enable";
        Button toggle = new Button(getTranslation(toggleKey), click -> toggle(account));
        toggle.addThemeVariants(
                ButtonVariant.LUMO_SMALL, account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setAriaLabel(getTranslation(toggleKey + "-of", account.displayName()));
        return new HorizontalLayout(edit, toggle);
    }

    private void toggle(AccountSummary account) {
        try {
            AccountSummary saved = service.setEnabled(account.id(), !account.enabled());
            refresh();
            Feedback.success(getTranslation(saved.enabled() ? "accounts.enabled" : "accounts.disabled", saved.email()));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    void refresh() {
        grid.setItems(service.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
