/**
 * The sign-in view, the language switch (also used by the application shell) and the navigation guard
 * that sends a person who must change their password to the profile view.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.passerelle.security.ui;
