package org.passerelle.documents;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalService;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;

/**
 * A private space where BOARD is a board member and MEMBER a participant, an open call in it, and a draft
 * proposal of MEMBER's association; OUTSIDER belongs to none of them.
 */
public final class DocumentsFixture {

    public final long spaceId;
    public final long callId;
    public final long associationId;
    public final long proposalId;

    public DocumentsFixture(ApplicationContext context, TestAccounts accounts) {
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        accounts.signIn(TestAccounts.ADMIN);
        SpaceService spaces = context.getBean(SpaceService.class);
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        spaceId = spaces.create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.PRIVATE))
                .id();
        memberships.invite(spaceId, accounts.idOf(TestAccounts.BOARD), SpaceRole.BOARD_MEMBER);
        memberships.invite(spaceId, accounts.idOf(TestAccounts.MEMBER), SpaceRole.PARTICIPANT);
        CallService calls = context.getBean(CallService.class);
        callId = calls.create(
                        spaceId,
                        new CallForm(
                                "Health centres",
                                null,
                                null,
                                null,
                                null,
                                null,
                                today,
                                today.plusDays(30),
                                false,
                                Set.of("RW"),
                                EnumSet.of(Sector.HEALTH),
                                1,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        associationId = context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                "Ubumwe Bruxelles",
                                "UB",
                                "Rwandan diaspora",
                                Set.of("RW"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(TestAccounts.MEMBER))
                .id();
        for (TestAccounts.Person invited : List.of(TestAccounts.BOARD, TestAccounts.MEMBER)) {
            accounts.signIn(invited);
            memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        }
        accounts.signIn(TestAccounts.MEMBER);
        proposalId = context.getBean(ProposalService.class)
                .createDraft(callId, associationId, "Solar clinic")
                .id();
        TestAccounts.signOut();
    }

    public static UploadResult upload(DocumentUploads uploads, SubjectRef owner, String name, byte[] bytes) {
        return uploads.upload(owner, "", name, bytes.length, new ByteArrayInputStream(bytes));
    }

    /** Waits (at most 60 s) until the condition holds; fails the test otherwise. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
