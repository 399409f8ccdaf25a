/** Threads, messages, reactions, read pointers, reports and suspensions as stored; used only inside the discussions module. */
package org.passerelle.discussions.domain;
