package dev.gazette.local.template;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CloudFormation/SAM template into plain maps and lists, turning the short tags
 * ({@code !Ref x}, {@code !GetAtt a.b}, {@code !Sub s}, …) into their long JSON forms
 * ({@code {"Ref": "x"}}, {@code {"Fn::GetAtt": ["a", "b"]}}, {@code {"Fn::Sub": "s"}}).
 */
final class CloudFormationYaml {

  private CloudFormationYaml() {
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object document = new Yaml(new IntrinsicTagConstructor()).load(reader);
      if (!(document instanceof Map)) {
        throw new IllegalArgumentException(file + " is not a CloudFormation template (no top-level mapping)");
      }
      return (Map<String, Object>) document;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static final class IntrinsicTagConstructor extends SafeConstructor {

    IntrinsicTagConstructor() {
      super(new LoaderOptions());
      // The null key is SnakeYAML's slot for tags it does not know: every "!Something".
      yamlConstructors.put(null, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          String name = node.getTag().getValue().replaceFirst("^!", "");
          return Map.of(longName(name), value(name, node));
        }
      });
    }

    private Object value(String name, Node node) {
      if (node instanceof ScalarNode scalar) {
        String text = constructScalar(scalar);
        if (name.equals("GetAtt")) {
          int dot = text.indexOf('.');
          return dot < 0 ? List.of(text) : List.of(text.substring(0, dot), text.substring(dot + 1));
        }
        return text;
      }
      if (node instanceof SequenceNode sequence) {
        return constructSequence(sequence);
      }
      return constructMapping((MappingNode) node);
    }

    private static String longName(String shortName) {
      return shortName.equals("Ref") || shortName.equals("Condition") ? shortName : "Fn::" + shortName;
    }
  }
}
