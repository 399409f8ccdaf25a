package org.passerelle.proposals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewExchange;
import org.passerelle.proposals.ReviewService;

/**
 * The board's questions and the authors' answers; texts shown as text. Tells the page when the number of questions
 * waiting for the authors changes, so that the page's "what awaits you" follows.
 */
final class ReviewPanel extends Div {

    final TextArea question = new TextArea();
    final Button ask = new Button();
    private final ReviewService reviews;
    private final ProposalView proposal;
    private final boolean author;
    private final Div list = new Div();
    private final Runnable changed;
    private int unanswered;

    ReviewPanel(ReviewService reviews, ProposalView proposal, boolean author, Runnable changed) {
        this.reviews = reviews;
        this.proposal = proposal;
        this.author = author;
        this.changed = changed;
        addClassName("passerelle-card");
        add(new H3(getTranslation("proposals.review.title")), list);
        if (reviews.mayAsk(proposal.id())) {
            question.setLabel(getTranslation("proposals.review.question"));
            question.setMaxLength(4000);
            question.setHelperText(getTranslation("form.max-length", 4000));
            question.setWidthFull();
            ask.setText(getTranslation("proposals.review.ask"));
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.addClickListener(click ->
                    act(() -> reviews.ask(proposal.id(), question.getValue()), question, () -> question.clear()));
            add(question, ask);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var exchanges = reviews.exchange(proposal.id());
        unanswered =
                author ? (int) exchanges.stream().filter(e -> !e.answered()).count() : 0;
        if (exchanges.isEmpty()) {
            list.add(new Paragraph(getTranslation("proposals.review.none")));
        }
        for (ReviewExchange exchange : exchanges) {
            Div item = new Div();
            item.addClassName("passerelle-review");
            Paragraph asked = new Paragraph(getTranslation(
                    "proposals.review.asked-by",
                    exchange.askedByName(),
                    Formats.dateTime(exchange.askedAt(), getLocale())));
            Paragraph text = new Paragraph(exchange.question());
            text.getStyle().set("white-space", "pre-line");
            item.add(asked, text);
            if (exchange.answered()) {
                Paragraph answer = new Paragraph(exchange.answer());
                answer.getStyle().set("white-space", "pre-line").set("margin-left", "var(--lumo-space-l)");
                item.add(
                        new Paragraph(getTranslation(
                                "proposals.review.answered-by",
                                exchange.answeredByName(),
                                Formats.dateTime(exchange.answeredAt(), getLocale()))),
                        answer);
            } else if (author) {
                TextArea answer = new TextArea(getTranslation("proposals.review.answer"));
                answer.setMaxLength(8000);
                answer.setWidthFull();
                Button send = new Button(getTranslation("proposals.review.send-answer"));
                send.addClickListener(
                        click -> act(() -> reviews.answer(exchange.id(), answer.getValue()), answer, () -> {}));
                item.add(answer, send);
            }
            list.add(item);
        }
    }

    /** How many questions wait for this reader's answer (none unless they are a co-author). */
    int unansweredByMe() {
        return unanswered;
    }

    private void act(Runnable action, TextArea field, Runnable onSuccess) {
        try {
            action.run();
            onSuccess.run();
            Feedback.success(getTranslation("proposals.review.sent"));
            refresh();
            changed.run();
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, Map.<String, HasValidation>of("question", field, "answer", field));
        }
    }
}
