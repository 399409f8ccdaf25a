package org.passerelle.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the newsletter ({@code passerelle.newsletter.*}, documented in {@code config/application.properties}).
 *
 * @param maxBlocks the most blocks one issue holds
 * @param maxTextLength the longest free text of a block, per language (characters)
 * @param excerptLength how much of a description, an outcome or the minutes a block quotes (characters)
 * @param sendChunk recipients queued per transaction (a crash loses at most one chunk's work, redone on resume)
 * @param unsubscribeValidity how long a contact's unsubscribe link works
 */
@ConfigurationProperties("passerelle.newsletter")
public record NewsletterProperties(
        @DefaultValue("40") int maxBlocks,
        @DefaultValue("10000") int maxTextLength,
        @DefaultValue("600") int excerptLength,
        @DefaultValue("200") int sendChunk,
        @DefaultValue("365d") Duration unsubscribeValidity) {}
