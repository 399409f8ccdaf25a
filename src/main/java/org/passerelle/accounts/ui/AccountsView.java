package org.passerelle.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountErasure;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.AccountSummary;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PhoneCards;
import org.passerelle.security.Role;

/**
 * Administrators create, edit, disable, enable and erase accounts and set their roles; below, the people who asked to
 * be erased.
 */
@Route("accounts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.accounts", icon = "vaadin:users")
public final class AccountsView extends Main implements HasDynamicTitle {

    final Grid<AccountSummary> grid = ComponentTexts.translated(new Grid<>());
    final PhoneCards<AccountSummary> phoneCards;
    final Button create = new Button();
    final Grid<AccountErasure.ErasureRequest> requests = ComponentTexts.translated(new Grid<>());
    final Paragraph noRequests = new Paragraph();
    private final AccountService service;
    private final AccountErasure erasure;

    AccountsView(AccountService service, AccountErasure erasure) {
        this.service = service;
        this.erasure = erasure;
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
        requests.addColumn(AccountErasure.ErasureRequest::displayName)
                .setKey("name")
                .setHeader(getTranslation("accounts.field.name"));
        requests.addColumn(AccountErasure.ErasureRequest::email)
                .setKey("email")
                .setHeader(getTranslation("accounts.field.email"));
        requests.addColumn(r -> Formats.dateTime(r.requestedAt(), getLocale()))
                .setKey("requested")
                .setHeader(getTranslation("erasure.requested-at"));
        requests.addComponentColumn(r -> eraseButton(r.accountId(), r.displayName(), r.email()))
                .setKey("erase")
                .setAutoWidth(true);
        requests.setAllRowsVisible(true);
        noRequests.setText(getTranslation("erasure.requests.none"));
        add(new HorizontalLayout(create), grid, new H2(getTranslation("erasure.requests.title")), noRequests, requests);
        refresh();
    }

    private String roles(AccountSummary account) {
        return account.roles().stream()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "));
    }

    private String status(AccountSummary account) {
        if (account.erased()) {
            return getTranslation("erasure.status.erased");
        }
        String status = getTranslation(account.enabled() ? "accounts.status.enabled" : "accounts.status.disabled");
        return account.erasureRequested() ? status + " · " + getTranslation("erasure.status.requested") : status;
    }

    private Button eraseButton(long accountId, String name, String email) {
        Button erase = new Button(
                getTranslation("erasure.erase"),
                click -> new EraseAccountDialog(erasure, accountId, name, email, this::refresh).open());
        erase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.setAriaLabel(getTranslation("erasure.erase-of", name));
        return erase;
    }

    private HorizontalLayout actions(AccountSummary account) {
        if (account.erased()) {
            return new HorizontalLayout();
        }
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
        return new HorizontalLayout(edit, toggle, eraseButton(account.id(), account.displayName(), account.email()));
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
        var waiting = erasure.pendingRequests();
        requests.setItems(waiting);
        requests.setVisible(!waiting.isEmpty());
        noRequests.setVisible(waiting.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
