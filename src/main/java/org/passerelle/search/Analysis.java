package org.passerelle.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The three analyses of titles and text, the same for both backends: folded (words split, lower case, accents
 * removed: "ecole" finds "École", names and acronyms match as written, and any language is at least folded),
 * English (possessives and plurals stemmed: "projects" finds "project") and French (elisions removed, light
 * stemming: "projets" finds "projet", "l'école" finds "école").
 */
final class Analysis {

    static final String FOLDED = "passerelle_folded";
    static final String ENGLISH = "passerelle_english";
    static final String FRENCH = "passerelle_french";
    static final String UNKNOWN_LANGUAGE = "und";

    private Analysis() {}

    /** Lucene, embedded: token filters by their Lucene names. */
    static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(FOLDED)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
            context.analyzer(ENGLISH)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilter("englishPossessive")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("porterStem");
            context.analyzer(FRENCH)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilter("elision")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("frenchLightStem");
        }
    }

    /** Elasticsearch or OpenSearch: the same chains with their names. */
    static final class Elasticsearch implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
            context.tokenFilter("passerelle_english_stemmer").type("stemmer").param("language", "porter");
            context.analyzer(ENGLISH)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(
                            "passerelle_english_possessive", "lowercase", "asciifolding", "passerelle_english_stemmer");
            context.tokenFilter("passerelle_english_possessive")
                    .type("stemmer")
                    .param("language", "possessive_english");
            context.tokenFilter("passerelle_french_elision")
                    .type("elision")
                    .param("articles_case", true)
                    .param(
                            "articles",
                            "l",
                            "m",
                            "t",
                            "qu",
                            "n",
                            "s",
                            "j",
                            "d",
                            "c",
                            "jusqu",
                            "quoiqu",
                            "lorsqu",
                            "puisqu");
            context.tokenFilter("passerelle_french_stemmer").type("stemmer").param("language", "light_french");
            context.analyzer(FRENCH)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(
                            "passerelle_french_elision", "lowercase", "asciifolding", "passerelle_french_stemmer");
        }
    }
}
