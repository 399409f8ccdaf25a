package org.passerelle.extraction.worker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Marks the end of each page (PDF), sheet or slide with a form feed in the text, so that the documents module
 * cuts the text where the document's own pages end: page 3 of the text is then page 3 of the PDF, and a search
 * hit opens the page it was found on.
 */
final class PageBreaks extends ContentHandlerDecorator {

    static final char BREAK = '\f';
    private static final Set<String> PAGES = Set.of("page", "sheet", "slide-content");
    private static final char[] FEED = {BREAK};
    private final Deque<Boolean> divs = new ArrayDeque<>();

    PageBreaks(ContentHandler text) {
        super(text);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("div".equals(localName)) {
            String type = attributes.getValue("class");
            divs.push(type != null && PAGES.contains(type));
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if ("div".equals(localName) && !divs.isEmpty() && divs.pop()) {
            super.characters(FEED, 0, 1);
        }
    }
}
