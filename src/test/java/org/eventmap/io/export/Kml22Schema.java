package org.eventmap.io.export;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The OGC KML 2.2 schema (ogckml22.xsd, OGC 07-147r2) from the test dependency org.jvnet.ogc:ogc-schemas,
 * which bundles it with the Atom and xAL schemas it imports. The xAL import names an address on the
 * web: it is answered from the same jar, so that validating needs no network.
 */
final class Kml22Schema {
  private static final String XAL = "http://docs.oasis-open.org/election/external/xAL.xsd";
  private static volatile Schema schema;

  private Kml22Schema() {}

  static Schema get() throws Exception {
    if (schema == null) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
      factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
          XAL.equals(systemId) ? new JarInput(systemId, "/oasis/election/external/xAL.xsd") : null);
      URL kml = Kml22Schema.class.getResource("/ogc/kml/2.2.0/ogckml22.xsd");
      if (kml == null) {
        throw new IllegalStateException("ogckml22.xsd is not on the test class path (org.jvnet.ogc:ogc-schemas)");
      }
      schema = factory.newSchema(new StreamSource(kml.openStream(), kml.toExternalForm()));
    }
    return schema;
  }

  /** Every error the schema finds in the file, as "line:column: message"; empty when it is valid. */
  static List<String> errors(Path file) throws Exception {
    List<String> errors = new ArrayList<>();
    Validator validator = get().newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    });
    validator.validate(new StreamSource(file.toFile()));
    return errors;
  }

  private record JarInput(String systemId, String resource) implements LSInput {
    @Override
    public InputStream getByteStream() {
      return Kml22Schema.class.getResourceAsStream(resource);
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override public Reader getCharacterStream() { return null; }
    @Override public void setCharacterStream(Reader r) {}
    @Override public void setByteStream(InputStream s) {}
    @Override public String getStringData() { return null; }
    @Override public void setStringData(String s) {}
    @Override public void setSystemId(String s) {}
    @Override public String getPublicId() { return null; }
    @Override public void setPublicId(String s) {}
    @Override public String getBaseURI() { return null; }
    @Override public void setBaseURI(String s) {}
    @Override public String getEncoding() { return null; }
    @Override public void setEncoding(String s) {}
    @Override public boolean getCertifiedText() { return false; }
    @Override public void setCertifiedText(boolean b) {}
  }
}
