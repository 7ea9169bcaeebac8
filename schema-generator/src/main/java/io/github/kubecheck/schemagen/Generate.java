package io.github.kubecheck.schemagen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bundled schemas: for each {@code MINOR=JAR} argument, the JSON Schema definitions of
 * that Kubernetes version's API and the index of its kinds, under OUT_DIR.
 *
 * <p>usage: Generate OUT_DIR 1.27=client-java-api-19.0.0.jar 1.28=...
 */
public final class Generate {

  private Generate() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    List<String> versions = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split("=", 2);
      String minor = parts[0];
      Path jar = Path.of(parts[1]);
      ApiModel model = ModelReader.read(jar);
      SchemaWriter.write(model, out.resolve(minor));
      versions.add(minor);
      System.out.println("kubecheck schemas: Kubernetes " + minor + ": " + model.kinds().size()
          + " kinds, " + model.definitions().size() + " types from " + jar.getFileName());
    }
    write(out.resolve("versions.txt"), String.join("\n", versions) + "\n");
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
