package org.passerelle.associations;

import java.util.Set;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.Sector;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo associations on the first start of the embedded profile (after the demo accounts), so that a
 * newcomer sees verified and unverified associations, contacts, a person in two associations and a
 * pending invitation. Created through the services, as the demo staff and the demo members.
 */
@Component
@Order(110)
class DemoAssociations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssociations.class);
    private final boolean demoData;
    private final AssociationService associations;
    private final AssociationInvitationService invitations;
    private final AccountService accounts;
    private final RunAs runAs;

    DemoAssociations(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            AssociationService associations,
            AssociationInvitationService invitations,
            AccountService accounts,
            RunAs runAs) {
        this.demoData = demoData;
        this.associations = associations;
        this.invitations = invitations;
        this.accounts = accounts;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        long[] ids = new long[3];
        boolean created = runAs.run("admin@passerelle.demo", () -> {
            if (!associations.search("", null, null).isEmpty()) {
                return;
            }
            ids[0] = register(
                    new AssociationForm(
                            "Association Rwandaise de Belgique",
                            "ARB",
                            "Rwandan diaspora in Belgium: health centres and vocational training in the Southern Province.",
                            Set.of("RW"),
                            Residence.BE,
                            Set.of(Sector.HEALTH, Sector.EDUCATION_TVET),
                            "https://arb.example.org",
                            "contact@arb.example.org",
                            null),
                    "member2@passerelle.demo");
            ids[1] = register(
                    new AssociationForm(
                            "Association des Marocains de Liège pour le Développement",
                            "AMLD",
                            "Entrepreneuriat des femmes et investissement de la diaspora dans l'Oriental.",
                            Set.of("MA"),
                            Residence.BE,
                            Set.of(Sector.ENTREPRENEURSHIP_INVESTMENT, Sector.WOMENS_EMPOWERMENT),
                            null,
                            null,
                            "+32 4 000 00 00"),
                    "member@passerelle.demo");
            ids[2] = register(
                    new AssociationForm(
                            "Amicale des Maliens du Luxembourg",
                            "AML",
                            "Transferts de fonds et projets agricoles dans la région de Kayes.",
                            Set.of("ML", "SN"),
                            Residence.LU,
                            Set.of(Sector.REMITTANCES, Sector.AGRICULTURE_FOOD),
                            null,
                            null,
                            null),
                    "board.member@passerelle.demo");
            if (ids[0] != 0) {
                associations.setVerified(ids[0], true);
            }
        });
        if (!created || ids[2] == 0) {
            return;
        }
        // a person in two associations, and an invitation left open for "My associations"
        runAs.run("board.member@passerelle.demo", () -> invitations.invite(ids[2], "member@passerelle.demo"));
        runAs.run("member@passerelle.demo", () -> invitations.accept(ids[2]));
        if (ids[1] != 0) {
            runAs.run("member@passerelle.demo", () -> invitations.invite(ids[1], "member2@passerelle.demo"));
        }
        log.info("Created the demo associations (demo only)");
    }

    /** Registers the association when its contact exists; returns its id, or 0. */
    private long register(AssociationForm form, String contactEmail) {
        return accounts.findByEmail(contactEmail)
                .map(contact -> associations.register(form, contact.id()).id())
                .orElse(0L);
    }
}
