package org.passerelle.associations.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.AccountService;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationsFixture;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;

class AssociationsViewTest extends KaribuTest {

    @BeforeEach
    void emptyAssociations() {
        AssociationsFixture.reset(jdbc);
    }

    private void registerAsStaff(AssociationForm form, boolean verified) {
        AssociationService service = context.getBean(AssociationService.class);
        accounts.signIn(TestAccounts.STAFF);
        long id = service.register(form, accounts.idOf(TestAccounts.BOTH)).id();
        if (verified) {
            service.setVerified(id, true);
        }
        TestAccounts.signOut();
    }

    private AssociationDialog openRegisterDialog() {
        signIn(TestAccounts.STAFF);
        navigate("associations");
        _click(_get(AssociationsView.class).register);
        return _get(AssociationDialog.class);
    }

    @Test
    void staffRegisterAnAssociationAndLandOnItsPage() {
        AssociationDialog dialog = openRegisterDialog();
        _setValue(dialog.fields.name, "Association Rwandaise de Belgique");
        _setValue(dialog.fields.acronym, "ARB");
        _setValue(dialog.fields.countries, Set.of("RW"));
        _setValue(dialog.fields.sectors, Set.of(Sector.HEALTH));
        _setValue(
                dialog.contact,
                context.getBean(AccountService.class).search("Moussa", 5).getFirst());
        _click(dialog.save);

        AssociationView view = _get(AssociationView.class);
        assertThat(view.title.getText()).isEqualTo("Association Rwandaise de Belgique (ARB)");
        assertThat(_size(view.members.grid)).isEqualTo(1);
        assertThat(view.members.grid.getListDataView().getItem(0).displayName()).isEqualTo(TestAccounts.MEMBER.name());
        assertThat(view.verify.isVisible()).isTrue();
    }

    @Test
    void anIncompleteOrDuplicateAssociationIsRefusedAndTheDialogKeepsWhatWasTyped() {
        registerAsStaff(AssociationsFixture.form("Association Rwandaise de Belgique"), false);
        AssociationDialog dialog = openRegisterDialog();
        assertThat(dialog.fields.name.getMaxLength()).isEqualTo(120);
        assertThat(dialog.fields.name.getHelperText()).isEqualTo("At most 120 characters");
        assertThat(dialog.fields.description.getMaxLength()).isEqualTo(4000);

        _setValue(dialog.fields.description, "<script>alert(1)</script> our work");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fields.name.isInvalid()).isTrue();
        assertThat(dialog.fields.name.getErrorMessage()).isEqualTo("Enter the association's name.");

        _setValue(dialog.fields.name, "association rwandaise de bélgique");
        _click(dialog.save);
        assertThat(dialog.fields.countries.isInvalid()).isTrue();
        assertThat(dialog.fields.name.isInvalid()).isFalse();

        _setValue(dialog.fields.countries, Set.of("RW", "BI"));
        _click(dialog.save);
        assertThat(dialog.contact.isInvalid()).isTrue();
        assertThat(dialog.contact.getErrorMessage()).isEqualTo("Choose the association's contact person.");

        _setValue(
                dialog.contact,
                context.getBean(AccountService.class).search("Moussa", 5).getFirst());
        _click(dialog.save);
        assertThat(dialog.fields.name.getErrorMessage())
                .startsWith("An association with this name is already registered");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fields.description.getValue()).isEqualTo("<script>alert(1)</script> our work");
        assertThat(dialog.fields.countries.getValue()).containsExactlyInAnyOrder("RW", "BI");
        assertThat(jdbc.queryForObject("select count(*) from association", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void everyoneSeesTheListAndFiltersItButOnlyStaffRegister() {
        registerAsStaff(AssociationsFixture.form("Association Rwandaise de Belgique"), true);
        registerAsStaff(
                new AssociationForm(
                        "Sénégalais de Liège",
                        "ASL",
                        null,
                        Set.of("SN"),
                        Residence.BE,
                        Set.of(Sector.YOUTH),
                        null,
                        null,
                        null),
                false);
        signIn(TestAccounts.BOARD);
        navigate("associations");
        AssociationsView view = _get(AssociationsView.class);
        assertThat(view.register.isVisible()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(((RouterLink) _getCellComponent(view.grid, 0, "name")).getText())
                .isEqualTo("Association Rwandaise de Belgique (ARB)");
        assertThat(((Span) _getCellComponent(view.grid, 0, "verified")).getText())
                .isEqualTo("Verified");
        assertThat(((Span) _getCellComponent(view.grid, 1, "verified")).getText())
                .isEmpty();

        _setValue(view.search, "senegalais");
        assertThat(_size(view.grid)).isEqualTo(1);
        _setValue(view.search, "");
        _setValue(view.country, "RW");
        assertThat(view.grid.getListDataView().getItem(0).name()).isEqualTo("Association Rwandaise de Belgique");
        assertThat(_size(view.grid)).isEqualTo(1);
        _setValue(view.sector, Sector.YOUTH);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("No association matches.");
    }

    @Test
    void frenchReadersSeeTheListInFrench() {
        registerAsStaff(AssociationsFixture.form("Association Rwandaise de Belgique"), true);
        signIn(TestAccounts.MEMBER); // French
        navigate("associations");
        AssociationsView view = _get(AssociationsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Associations");
        assertThat(view.search.getLabel()).isEqualTo("Rechercher");
        assertThat(view.grid.getListDataView().getItem(0).countries()).containsExactly("RW");
        assertThat(view.grid.getColumnByKey("countries").getHeaderText()).isEqualTo("Pays d'origine");
        assertThat(((Span) _getCellComponent(view.grid, 0, "verified")).getText())
                .isEqualTo("Vérifiée");
    }
}
