/** The newsletter's issues and blocks (module-private). */
package org.passerelle.newsletter.domain;
