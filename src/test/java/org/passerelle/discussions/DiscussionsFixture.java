package org.passerelle.discussions;

import java.sql.Timestamp;
import java.time.Instant;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A space (its facilitator is ADMIN) joined by MEMBER, BOARD and BOTH; OUTSIDER stays out; STAFF
 * moderates as staff. Also moves time past the rate limit.
 */
public final class DiscussionsFixture {

    private final ApplicationContext context;
    private final TestAccounts accounts;

    public DiscussionsFixture(ApplicationContext context, TestAccounts accounts) {
        this.context = context;
        this.accounts = accounts;
    }

    public long space(AccessMode mode) {
        accounts.signIn(TestAccounts.ADMIN);
        long spaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, mode))
                .id();
        var memberships = context.getBean(SpaceMembershipService.class);
        if (mode == AccessMode.OPEN) {
            for (TestAccounts.Person person :
                    new TestAccounts.Person[] {TestAccounts.MEMBER, TestAccounts.BOARD, TestAccounts.BOTH}) {
                accounts.signIn(person);
                memberships.join(spaceId);
            }
        }
        TestAccounts.signOut();
        return spaceId;
    }

    /** Every message so far was posted a minute ago: the next post is not "too fast". */
    public void letTimePass() {
        context.getBean(JdbcTemplate.class)
                .update(
                        "update discussion_message set created_at = ?",
                        Timestamp.from(Instant.now().minusSeconds(60)));
    }
}
