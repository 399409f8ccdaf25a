/**
 * Search: one index of everything a person may find (proposals, calls, spaces, associations, public profiles,
 * messages, sessions, action items and the text of documents page by page), kept by Hibernate Search from the
 * modules' {@link org.passerelle.base.SearchSource search sources}, and queried with the reader's
 * {@link org.passerelle.base.SubjectAccess#readerKeys access keys} as a filter inside the query, so that what a
 * person may not see is in no hit, count, facet or snippet.
 */
package org.passerelle.search;
