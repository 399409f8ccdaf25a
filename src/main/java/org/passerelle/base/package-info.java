/**
 * Base: what every module shares. The translations (English and French message bundles behind Vaadin's
 * {@code I18NProvider}), the user-facing error type that services throw with a message key, the clock,
 * the application's one Markdown renderer ({@link org.passerelle.base.MarkdownHtml}), and the
 * application shell in {@code base.ui}: main layout, home view, and the not-allowed and not-found pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package org.passerelle.base;
