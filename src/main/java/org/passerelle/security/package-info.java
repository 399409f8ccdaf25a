/**
 * Security: who is signed in and what they may open. Spring Security configuration, the roles, the
 * signed-in person, sign-in with throttling (refused from other sites), the open sessions of each account,
 * the security headers of the pages, and the login view.
 *
 * <p>Accounts are stored by the accounts module, which implements {@link
 * org.passerelle.security.AccountCredentials} so that this module never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.passerelle.security;
