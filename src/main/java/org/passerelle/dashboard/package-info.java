/**
 * The home page and the 3E pipeline: what waits for each person (per role: association member, board member,
 * staff) and, for staff and the board, how proposals move through enable, engage and empower. It owns no data:
 * it asks the other modules' services, whose counts are filtered by the access contract, and refreshes open
 * home pages when their events arrive. Other modules add blocks to the home page as {@code
 * PageSection<SignedInPerson>} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.passerelle.dashboard;
