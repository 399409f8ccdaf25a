/**
 * Accounts: the people who may sign in, their roles, password and language. Administrators manage
 * accounts in the Accounts view; everyone changes their own password and language in the Profile view.
 * Implements {@link org.passerelle.security.AccountCredentials} for sign-in, creates the demo accounts on
 * the first start of the embedded profile and the first administrator of a production installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.passerelle.accounts;
