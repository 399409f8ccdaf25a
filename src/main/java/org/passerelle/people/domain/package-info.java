/** The profile entity and its repository; used only inside the people module. */
package org.passerelle.people.domain;
