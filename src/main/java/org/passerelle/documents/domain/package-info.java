/** Documents, their extracted text and its pages as stored; used only inside the documents module. */
package org.passerelle.documents.domain;
