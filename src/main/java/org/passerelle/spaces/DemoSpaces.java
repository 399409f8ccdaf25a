package org.passerelle.spaces;

import java.util.List;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.Stage;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo spaces on the first start of the embedded profile (after the demo accounts), so that a newcomer
 * sees open, restricted and private spaces at once; the Rwanda space has three board members (for a
 * ballot with one of them recused). Created through the services, as the demo staff.
 */
@Component
@Order(100)
class DemoSpaces implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSpaces.class);
    static final String RWANDA = "Rwanda — health and TVET";
    private final boolean demoData;
    private final SpaceService spaces;
    private final SpaceMembershipService memberships;
    private final AccountService accounts;
    private final RunAs runAs;

    DemoSpaces(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            SpaceService spaces,
            SpaceMembershipService memberships,
            AccountService accounts,
            RunAs runAs) {
        this.demoData = demoData;
        this.spaces = spaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        runAs.run("admin@passerelle.demo", () -> {
            if (!spaces.visibleSpaces().isEmpty()) {
                return;
            }
            SpaceSummary rwanda = spaces.create(new SpaceForm(
                    RWANDA,
                    "Rwanda — santé et EFTP",
                    "Project ideas for health centres and vocational training in Rwanda.",
                    "Idées de projets pour les centres de santé et la formation professionnelle au Rwanda.",
                    Stage.ENGAGE,
                    AccessMode.RESTRICTED));
            spaces.create(new SpaceForm(
                    "Women's associations",
                    "Associations de femmes",
                    "An open space for women-led diaspora associations.",
                    "Un espace ouvert aux associations de la diaspora menées par des femmes.",
                    Stage.ENABLE,
                    AccessMode.OPEN));
            spaces.create(new SpaceForm(
                    null,
                    "Transferts de fonds et investissement",
                    null,
                    "Comment orienter les transferts de la diaspora vers l'investissement productif.",
                    Stage.ENGAGE,
                    AccessMode.OPEN));
            SpaceSummary board = spaces.create(new SpaceForm(
                    "Advisory Board — deliberations",
                    "Conseil consultatif — délibérations",
                    "Private space of the Diaspora Advisory Board.",
                    "Espace privé du Conseil consultatif de la diaspora.",
                    Stage.ENGAGE,
                    AccessMode.PRIVATE));
            invite(rwanda.id(), "member@passerelle.demo", SpaceRole.PARTICIPANT);
            invite(rwanda.id(), "board@passerelle.demo", SpaceRole.BOARD_MEMBER);
            invite(rwanda.id(), "board.member@passerelle.demo", SpaceRole.BOARD_MEMBER);
            invite(rwanda.id(), "board2@passerelle.demo", SpaceRole.BOARD_MEMBER);
            invite(rwanda.id(), "staff@passerelle.demo", SpaceRole.FACILITATOR); // Lucas runs its sessions
            invite(board.id(), "board@passerelle.demo", SpaceRole.BOARD_MEMBER);
            invite(board.id(), "board.member@passerelle.demo", SpaceRole.BOARD_MEMBER);
        });
        for (String email : List.of(
                "member@passerelle.demo", "board@passerelle.demo", "board2@passerelle.demo", "staff@passerelle.demo")) {
            runAs.run(
                    email, () -> memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true)));
        }
        // Moussa accepts the Rwanda space only: his invitation to the board's space stays open for "My spaces"
        runAs.run(
                "board.member@passerelle.demo",
                () -> memberships.myInvitations().stream()
                        .filter(invite -> RWANDA.equals(invite.spaceTitleEn()))
                        .forEach(invite -> memberships.answer(invite.id(), true)));
        log.info("Created the demo spaces (demo only)");
    }

    private void invite(long spaceId, String email, SpaceRole role) {
        accounts.findByEmail(email).ifPresent(person -> memberships.invite(spaceId, person.id(), role));
    }
}
