package io.statewire.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The project's checkout as the checks see it: the modules and properties of the root {@code pom.xml}, the Quarkus
 * services among the modules, and the YAML documents of a folder.
 */
public final class Checkout {

    /** The system property naming the checkout's root folder (set by this module's Surefire configuration). */
    public static final String ROOT_PROPERTY = "statewire.root";

    private final Path root;
    private final Document pom;

    public Checkout(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path pomFile = this.root.resolve("pom.xml");
        if (!Files.isRegularFile(pomFile)) {
            throw new IllegalArgumentException("not the project's checkout (no pom.xml): " + this.root);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            this.pom = factory.newDocumentBuilder().parse(pomFile.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("cannot read " + pomFile + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout named by the system property {@value #ROOT_PROPERTY}. */
    public static Checkout fromSystemProperty() {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("set -D" + ROOT_PROPERTY + "=<the project's checkout> (the Maven build "
                    + "of deploy/manifests sets it)");
        }
        return new Checkout(Path.of(root));
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** The root pom's module folders, in build order. */
    public List<String> modules() {
        NodeList nodes = pom.getElementsByTagName("module");
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            modules.add(nodes.item(i).getTextContent().trim());
        }
        return modules;
    }

    /** A property of the root pom, such as {@code kafka.version}. */
    public String pomProperty(String name) {
        NodeList properties = pom.getElementsByTagName("properties");
        for (int i = 0; i < properties.getLength(); i++) {
            NodeList found = ((Element) properties.item(i)).getElementsByTagName(name);
            if (found.getLength() > 0) {
                return found.item(0).getTextContent().trim();
            }
        }
        throw new IllegalStateException("the root pom.xml has no property " + name);
    }

    /** The modules that are Quarkus services: those with {@code src/main/resources/application.properties}. */
    public List<ServiceModule> services() {
        return modules().stream()
                .map(root::resolve)
                .filter(dir -> Files.isRegularFile(dir.resolve("src/main/resources/application.properties")))
                .map(dir -> new ServiceModule(dir.getFileName().toString(), dir, ServiceSettings.read(dir)))
                .toList();
    }

    /** The documents of every YAML file under {@code folder} (relative to the root). */
    public List<YamlDocument> documents(String folder) {
        List<YamlDocument> documents = new ArrayList<>();
        for (Path file : YamlFiles.under(resolve(folder))) {
            try {
                documents.addAll(YamlFiles.read(root, file));
            } catch (IOException e) {
                throw new IllegalStateException(root.relativize(file) + " does not parse: " + e.getMessage(), e);
            }
        }
        return documents;
    }
}
