package org.passerelle.associations;

import java.util.EnumSet;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the associations tables (children first) and the audit log; builds forms for tests. */
public final class AssociationsFixture {

    private AssociationsFixture() {}

    public static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from association_membership");
        jdbc.update("delete from association_sector");
        jdbc.update("delete from association_country");
        jdbc.update("delete from association");
        jdbc.update("truncate table audit_entry"); // append-only: DELETE is refused on PostgreSQL
    }

    /** A complete, valid profile. */
    public static AssociationForm form(String name) {
        return new AssociationForm(
                name,
                "ARB",
                "Health centres and vocational training in the Southern Province.",
                Set.of("RW"),
                Residence.BE,
                EnumSet.of(Sector.HEALTH, Sector.EDUCATION_TVET),
                "https://arb.example.org",
                "contact@arb.example.org",
                "+32 2 123 45 67");
    }

    /** Registers an association as staff, with the given first contact; signs staff in. */
    public static AssociationProfile register(
            TestAccounts accounts, AssociationService service, String name, TestAccounts.Person contact) {
        accounts.signIn(TestAccounts.STAFF);
        return service.register(form(name), accounts.idOf(contact));
    }
}
