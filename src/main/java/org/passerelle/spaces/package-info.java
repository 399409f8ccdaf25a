/**
 * Spaces: where the work happens, by country or theme ("Rwanda — health and TVET"). A space has a title
 * and description in English and French, a 3E stage, an access mode and members with a space role. Every
 * later module (calls, proposals, threads, sessions) lives inside a space and asks {@link
 * org.passerelle.spaces.SpaceAccess} — the one place that answers "may this person see, contribute to,
 * moderate or manage this space".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spaces")
package org.passerelle.spaces;
