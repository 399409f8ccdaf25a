package org.passerelle.extraction.worker;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts the sheets and slides in Tika's XHTML when the file's own metadata does not give them: spreadsheet parsers
 * write each sheet as {@code <div class="page">} (xls) or {@code <div class="sheet">} (xlsx), presentation parsers each slide as {@code <div
 * class="slide-content">}.
 */
final class StructureCounter extends DefaultHandler {

    private int pages;
    private int slides;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("div".equals(localName) || "div".equals(qName)) {
            String type = attributes.getValue("class");
            if ("page".equals(type) || "sheet".equals(type)) {
                pages++;
            } else if ("slide-content".equals(type)) {
                slides++;
            }
        }
    }

    int pages() {
        return pages;
    }

    int slides() {
        return slides;
    }
}
