package org.passerelle.discussions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param postInterval the shortest time between two messages of one person
 * @param reportThreshold open reports that hide a message until a moderator reviews it
 * @param maxLength the longest message, in characters
 */
@ConfigurationProperties("passerelle.discussions")
public record DiscussionsProperties(
        @DefaultValue("5s") Duration postInterval,
        @DefaultValue("3") int reportThreshold,
        @DefaultValue("4000") int maxLength) {}
