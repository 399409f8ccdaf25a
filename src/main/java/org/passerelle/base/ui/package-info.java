/**
 * The application shell and the pages every person sees: main layout, not allowed, not found; and
 * {@link org.passerelle.base.ui.Feedback}, which other modules' views use to show refusals, and
 * {@link org.passerelle.base.ui.MarkdownView}, through which they show Markdown.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.passerelle.base.ui;
