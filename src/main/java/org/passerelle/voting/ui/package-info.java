/**
 * The voting views: the ballot panel on the proposal page (declare, vote, change, own vote, results), the
 * board's "awaiting my vote", the staff's ballot management (open with settings, close early, extend,
 * record the decision) and the results view with the CSV download. Times are shown in Brussels time.
 */
package org.passerelle.voting.ui;
