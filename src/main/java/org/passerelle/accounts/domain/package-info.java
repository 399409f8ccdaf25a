/** The account entity and its repository; used only inside the accounts module. */
package org.passerelle.accounts.domain;
