/**
 * The public outcomes page: the projects whose association agreed to show them (the proposals module owns the
 * agreement and gives only their public fields, {@code proposals.PublicOutcomes}), in English and French, open to
 * anyone without signing in. It owns no data and holds only its view; it is the one module whose pages are public
 * (besides the sign-in and error pages), so that what leaves the workspace is easy to review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public outcomes")
package org.passerelle.outcomes;
