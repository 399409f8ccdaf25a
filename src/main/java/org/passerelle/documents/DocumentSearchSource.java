package org.passerelle.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
import org.passerelle.documents.domain.DocumentText;
import org.passerelle.documents.domain.DocumentTextPage;
import org.passerelle.documents.domain.DocumentTextPageRepository;
import org.passerelle.documents.domain.DocumentTextRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents for the search index: the current version of each, one entry per page of its extracted text (part =
 * the page number, opening the document at that page) in that page's language (the document's main one when the
 * page's is not known), or one entry of its name and metadata while it has no text. Found by who sees the
 * document's owner.
 */
@Component
@Transactional(readOnly = true)
class DocumentSearchSource implements SearchSource {

    private final DocumentRepository documents;
    private final DocumentTextRepository texts;
    private final DocumentTextPageRepository pages;
    private final SubjectAccess subjects;

    DocumentSearchSource(
            DocumentRepository documents,
            DocumentTextRepository texts,
            DocumentTextPageRepository pages,
            SubjectAccess subjects) {
        this.documents = documents;
        this.texts = texts;
        this.pages = pages;
        this.subjects = subjects;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.DOCUMENT;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        List<Document> current =
                documents.findByIdIn(ids).stream().filter(Document::isCurrent).toList();
        if (current.isEmpty()) {
            return List.of();
        }
        Map<SubjectRef, Set<String>> keys = subjects.searchKeys(
                current.stream().map(d -> SubjectRef.document(d.getId())).toList(), Right.SEE);
        Map<Long, DocumentText> textOf =
                texts.findByDocumentIdIn(current.stream().map(Document::getId).toList()).stream()
                        .collect(Collectors.toMap(DocumentText::getDocumentId, Function.identity()));
        Map<Long, List<DocumentTextPage>> pagesOf = textOf.isEmpty()
                ? Map.of()
                : pages
                        .ofTexts(textOf.values().stream()
                                .map(DocumentText::getId)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(DocumentTextPage::getTextId));
        List<SearchEntry> entries = new ArrayList<>();
        for (Document document : current) {
            Set<String> documentKeys = keys.getOrDefault(SubjectRef.document(document.getId()), Set.of());
            DocumentText text = textOf.get(document.getId());
            List<DocumentTextPage> textPages = text == null ? List.of() : pagesOf.getOrDefault(text.getId(), List.of());
            String language = LanguageShares.safe(document.getLanguage());
            if (textPages.isEmpty()) {
                entries.add(entry(document, 0, describe(document), language, documentKeys));
            }
            for (DocumentTextPage page : textPages) {
                String pageLanguage = LanguageShares.safe(page.getLanguage());
                entries.add(entry(
                        document,
                        page.getPageNo(),
                        page.getContent(),
                        pageLanguage == null ? language : pageLanguage,
                        documentKeys));
            }
        }
        return entries;
    }

    private static SearchEntry entry(Document document, int page, String text, String language, Set<String> keys) {
        String title = document.getTitle() == null || document.getTitle().isBlank()
                ? document.getName()
                : document.getName() + " — " + document.getTitle();
        return new SearchEntry(
                SearchKind.DOCUMENT,
                document.getId(),
                page,
                title,
                title,
                text,
                language,
                document.getSpaceId(),
                null,
                null,
                Set.of(),
                document.getUploadedAt(),
                "documents/" + document.getId() + (page > 1 ? "?page=" + page : ""),
                keys);
    }

    /** What is known of a document without text: its name, title and author. */
    private static String describe(Document document) {
        return String.join(
                " ",
                document.getName(),
                document.getTitle() == null ? "" : document.getTitle(),
                document.getAuthor() == null ? "" : document.getAuthor());
    }

    @Override
    public List<Long> idsAbout(SubjectRef subject) {
        return documents.idsOwnedBy(subject.kind(), subject.id());
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return documents.idsAfter(after, Limit.of(limit));
    }
}
