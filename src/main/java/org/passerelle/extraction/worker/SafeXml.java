package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A namespace-aware SAX parser for the XML inside containers: no document type declaration at all (no entity
 * expansion, no external file or URL), the JDK's secure processing limits on top.
 */
final class SafeXml {

    private static final SAXParserFactory FACTORY = factory();

    private SafeXml() {}

    static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            SAXParser parser = FACTORY.newSAXParser();
            parser.parse(xml, handler);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
    }
}
