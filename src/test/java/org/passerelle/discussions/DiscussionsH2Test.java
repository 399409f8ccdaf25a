package org.passerelle.discussions;

import org.passerelle.H2Test;

@H2Test
class DiscussionsH2Test extends DiscussionsContract {}
