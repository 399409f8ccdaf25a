package org.passerelle.discussions.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.base.SubjectRef;
import org.springframework.context.ApplicationContext;

/**
 * For the benchmark: opens thread panels in the current mock UI, each showing its first 50 messages as a
 * browser would ask (the rendered message cards are created), and waits until all show a new count.
 */
public final class ThreadPanelProbe {

    private final List<ThreadPanel> panels;

    private ThreadPanelProbe(List<ThreadPanel> panels) {
        this.panels = panels;
    }

    public static ThreadPanelProbe open(ApplicationContext context, SubjectRef subject, int howMany) {
        ThreadPanels factory = context.getBean(ThreadPanels.class);
        List<ThreadPanel> panels = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            ThreadPanel panel = factory.create(subject);
            UI.getCurrent().add(panel);
            panel.list.getDataCommunicator().setViewportRange(0, 50);
            panels.add(panel);
        }
        MockVaadin.clientRoundtrip(false);
        return new ThreadPanelProbe(panels);
    }

    /** Runs the UI's pending updates until every panel shows this many messages (at most 10 s). */
    public void awaitAllShow(long count) throws InterruptedException {
        String expected = panels.getFirst().getTranslation("discussions.count", count);
        long end = System.nanoTime() + 10_000_000_000L;
        while (!panels.stream().allMatch(p -> p.header.count.getText().equals(expected))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Not every panel was updated");
            }
            Thread.sleep(1);
            MockVaadin.clientRoundtrip(false);
        }
    }
}
