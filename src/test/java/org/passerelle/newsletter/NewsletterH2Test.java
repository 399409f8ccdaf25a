package org.passerelle.newsletter;

import org.passerelle.H2Test;

@H2Test
class NewsletterH2Test extends NewsletterContract {}
