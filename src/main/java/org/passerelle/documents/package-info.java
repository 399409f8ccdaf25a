/**
 * Documents: supporting files attached to an owner (a proposal, a space's library with folders, a call's
 * reference documents, a session's material). Uploads are checked on the server (size, count, quota, type decided
 * from the content, image size, file name), stored once per content in a content-addressed store under the data
 * directory, and their text, metadata and language are extracted in the background by the extraction module;
 * the state of each job is kept in the database and shown live. Who may see, upload and delete follows the
 * owner's access, its module's answer through the access contract ({@code base.SubjectAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.passerelle.documents;
