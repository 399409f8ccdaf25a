package org.passerelle.search;

import java.time.Instant;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.passerelle.base.SearchEntry;

/**
 * A {@link SearchEntry} as the index holds it. Titles and text are analysed three ways: folded (case and accents
 * only, so names, acronyms and Kinyarwanda words match as written), English and French (stemmed). Change a field
 * and bump {@link SearchIndex#MAPPING_VERSION}: the index is then rebuilt at the next start.
 */
@SearchEntity(name = "Entry")
@Indexed(index = "entries")
public class IndexedEntry {

    @DocumentId
    private String id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String kind;

    @GenericField(projectable = Projectable.YES)
    private long subjectId;

    @GenericField(projectable = Projectable.YES)
    private int part;

    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    @FullTextField(name = "titleEn_folded", analyzer = Analysis.FOLDED)
    @FullTextField(name = "titleEn_en", analyzer = Analysis.ENGLISH)
    private String titleEn;

    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    @FullTextField(name = "titleFr_folded", analyzer = Analysis.FOLDED)
    @FullTextField(name = "titleFr_fr", analyzer = Analysis.FRENCH)
    private String titleFr;

    @FullTextField(name = "text_folded", analyzer = Analysis.FOLDED)
    @FullTextField(
            name = "text_en",
            analyzer = Analysis.ENGLISH,
            highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = "text_fr",
            analyzer = Analysis.FRENCH,
            highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String text;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Long spaceId;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Long callId;

    @KeywordField(aggregable = Aggregable.YES)
    private String country;

    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> sectors;

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant date;

    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String link;

    /** Who may find it: the reader must hold one of these (see {@link org.passerelle.base.ReaderKeys}). */
    @KeywordField
    private Set<String> keys;

    protected IndexedEntry() {}

    IndexedEntry(SearchEntry entry) {
        this.id = idOf(entry.kind().name(), entry.id(), entry.part());
        this.kind = entry.kind().name();
        this.subjectId = entry.id();
        this.part = entry.part();
        this.titleEn = entry.titleEn();
        this.titleFr = entry.titleFr();
        this.text = entry.text();
        this.language = entry.language() == null ? Analysis.UNKNOWN_LANGUAGE : entry.language();
        this.spaceId = entry.spaceId();
        this.callId = entry.callId();
        this.country = entry.country();
        this.sectors = entry.sectors();
        this.date = entry.date();
        this.link = entry.link();
        this.keys = entry.keys();
    }

    static String idOf(String kind, long subjectId, int part) {
        return kind + ":" + subjectId + ":" + part;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public int getPart() {
        return part;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Long getCallId() {
        return callId;
    }

    public String getCountry() {
        return country;
    }

    public Set<String> getSectors() {
        return sectors;
    }

    public Instant getDate() {
        return date;
    }

    public String getLink() {
        return link;
    }

    public Set<String> getKeys() {
        return keys;
    }
}
