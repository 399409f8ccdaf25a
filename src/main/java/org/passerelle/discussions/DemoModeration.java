package org.passerelle.discussions;

import org.passerelle.base.SubjectRef;
import org.passerelle.security.RunAs;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo conversation in the open "Women's associations" space with one reported message, so that the
 * staff's "reports to moderate" shows something on first start: Fatima asks a question, an advertisement
 * follows, and Fatima reports it. Only while that space's discussion is empty.
 */
@Component
@Order(280)
class DemoModeration implements ApplicationRunner {

    static final String SPACE = "Women's associations";
    static final String FATIMA = "member@passerelle.demo";
    static final String ADVERTISER = "member2@passerelle.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoModeration.class);
    private final boolean demoData;
    private final SpaceService spaces;
    private final SpaceMembershipService memberships;
    private final ThreadService threads;
    private final MessageService messages;
    private final ReportService reports;
    private final RunAs runAs;

    DemoModeration(
            @Value("${passerelle.accounts.demo-data:false}") boolean demoData,
            SpaceService spaces,
            SpaceMembershipService memberships,
            ThreadService threads,
            MessageService messages,
            ReportService reports,
            RunAs runAs) {
        this.demoData = demoData;
        this.spaces = spaces;
        this.memberships = memberships;
        this.threads = threads;
        this.messages = messages;
        this.reports = reports;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        long[] advert = {0};
        runAs.run(FATIMA, () -> {
            long spaceId = spaces.visibleSpaces().stream()
                    .filter(space -> SPACE.equals(space.titleEn()))
                    .mapToLong(SpaceSummary::id)
                    .findFirst()
                    .orElse(0);
            if (spaceId == 0 || threads.open(SubjectRef.space(spaceId)).messageCount() > 0) {
                return;
            }
            memberships.join(spaceId);
            long threadId = threads.open(SubjectRef.space(spaceId)).id();
            messages.post(
                    threadId,
                    "Has any association here applied for micro-credit training for women in Rwanda?",
                    null);
            runAs.run(ADVERTISER, () -> {
                memberships.join(spaceId);
                advert[0] = messages.post(
                                threadId,
                                "Send money home with zero fees! Contact my agency on WhatsApp for a special rate.",
                                null)
                        .id();
            });
        });
        if (advert[0] == 0) {
            return;
        }
        runAs.run(FATIMA, () -> reports.report(advert[0], "Advertising for a private business."));
        log.info("Created the demo conversation with a reported message (demo only)");
    }
}
