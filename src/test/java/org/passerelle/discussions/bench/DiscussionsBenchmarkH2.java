package org.passerelle.discussions.bench;

import org.passerelle.H2Test;

@H2Test
class DiscussionsBenchmarkH2 extends DiscussionsBenchmark {
    @Override
    String database() {
        return "H2";
    }
}
