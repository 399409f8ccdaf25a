package org.passerelle.proposals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;

/** Checks what authors wrote: lengths per section, budget, currency, dates, country. Drafts may be incomplete. */
final class ContentRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal BUDGET_MAX = new BigDecimal("1000000000");

    private ContentRules() {}

    static void check(ProposalContent content) {
        for (Map.Entry<Section, String> entry : content.asTexts().entrySet()) {
            Section section = entry.getKey();
            String text = entry.getValue();
            if (text.length() > section.maxLength()) {
                throw new InvalidInputException(section.name(), "proposals.error.too-long", section.maxLength());
            }
            if (CONTROL.matcher(text).find()) {
                throw new InvalidInputException(section.name(), "proposals.error.control-characters");
            }
        }
        if (content.region() != null && content.region().length() > 150) {
            throw new InvalidInputException(Section.COUNTRY_REGION.name(), "proposals.error.too-long", 150);
        }
        if (content.country() != null && !content.country().isBlank() && !Countries.isValid(content.country())) {
            throw new InvalidInputException(Section.COUNTRY_REGION.name(), "proposals.error.country-invalid");
        }
        BigDecimal amount = content.budgetAmount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(BUDGET_MAX) > 0 || amount.scale() > 2)) {
            throw new InvalidInputException(Section.BUDGET.name(), "proposals.error.budget-invalid");
        }
        if (content.currency() == null || !CURRENCY.matcher(content.currency()).matches()) {
            throw new InvalidInputException(Section.BUDGET.name(), "proposals.error.currency-invalid");
        }
        if (content.startDate() != null
                && content.endDate() != null
                && content.endDate().isBefore(content.startDate())) {
            throw new InvalidInputException(Section.TIMELINE.name(), "proposals.error.dates-order");
        }
    }
}
