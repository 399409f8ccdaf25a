/**
 * The application shell and the pages every person sees: main layout, not allowed, not found; and
 * {@link org.passerelle.base.ui.Feedback}, which other modules' views use to show refusals, and
 * {@link org.passerelle.base.ui.MarkdownView}, through which they show Markdown, and
 * {@link org.passerelle.base.ui.ComponentTexts}, through which they build the Vaadin components that have texts
 * of their own.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.passerelle.base.ui;
