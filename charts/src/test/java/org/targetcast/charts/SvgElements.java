package org.targetcast.charts;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helper: what an SVG file draws, as the number of elements of each drawing tag outside its clip paths. */
final class SvgElements {
    private SvgElements() {}

    static Map<String, Integer> count(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            Map<String, Integer> counts = new TreeMap<>();
            for (String tag : new String[] {"path", "rect", "line", "ellipse", "text"}) {
                NodeList nodes = doc.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    if (!"clipPath".equals(((Element) nodes.item(i).getParentNode()).getTagName())) {
                        counts.merge(tag, 1, Integer::sum);
                    }
                }
            }
            return counts;
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG file", e);
        }
    }
}
