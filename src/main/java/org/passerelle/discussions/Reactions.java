package org.passerelle.discussions;

import java.util.List;

/** The few reactions a message may get. */
public final class Reactions {

    public static final List<String> ALL = List.of("👍", "❤️", "🎉", "🤔");

    private Reactions() {}
}
