import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of {@code sam build} (the Makefile): trims what the AWS SDK for Java v1 does at every cold start to what a
 * function uses, in a package the Makefile has filled.
 *
 * <ul>
 *   <li>Endpoint metadata: the SDK reads its 1.2 MB {@code endpoints.json} of all services when its first client is
 *       made, unless the override resource {@code com/amazonaws/partitions/override/endpoints.json} is on the class
 *       path. This writes that resource into the package with every partition and region of the SDK's own file, but
 *       only the entries of the services the function calls.
 *   <li>JMX: the SDK registers an MBean for its client-side metrics (off unless a system property turns them on) in
 *       the platform MBean server, which makes the JVM set up JMX and its platform MBeans. The package's copy of
 *       {@code aws-java-sdk-core} leaves out the SDK's optional JMX support classes; the SDK then runs with "JMX
 *       disabled", as it does where JMX is unavailable.
 * </ul>
 *
 * <p>Run with the source launcher: {@code java -cp 'lib/*' src/build/AwsSdkForLambda.java <package dir>
 * <service>...}, service names as in the SDK's endpoint file ({@code dynamodb}, {@code email}).
 */
public final class AwsSdkForLambda {
  private static final String ENDPOINTS = "com/amazonaws/partitions/endpoints.json";
  private static final String OVERRIDE = "com/amazonaws/partitions/override/endpoints.json";
  private static final Set<String> JMX_SUPPORT = Set.of("com/amazonaws/jmx/SdkMBeanRegistrySupport.class",
      "com/amazonaws/jmx/JmxInfoProviderSupport.class");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: AwsSdkForLambda <package dir> <service>...");
    }
    Path pack = Path.of(args[0]);
    Path core;
    try (var jars = Files.list(pack.resolve("lib"))) {
      core = jars.filter(j -> j.getFileName().toString().matches("aws-java-sdk-core-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no aws-java-sdk-core jar in " + pack.resolve("lib")));
    }
    writeEndpoints(core, pack.resolve(OVERRIDE), Set.copyOf(List.of(args).subList(1, args.length)));
    leaveOut(core, JMX_SUPPORT);
  }

  private static void writeEndpoints(Path core, Path out, Set<String> services) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode endpoints;
    try (ZipFile jar = new ZipFile(core.toFile()); InputStream in = jar.getInputStream(jar.getEntry(ENDPOINTS))) {
      endpoints = (ObjectNode) json.readTree(in);
    }
    endpoints.withArray("partitions").forEach(partition -> ((ObjectNode) partition.path("services")).retain(services));
    Files.createDirectories(out.getParent());
    json.writeValue(out.toFile(), endpoints);
  }

  /** Rewrites a jar without some of its entries. */
  private static void leaveOut(Path jar, Set<String> entries) throws IOException {
    Path trimmed = Files.createTempFile(jar.getParent(), "trimmed", ".jar");
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(trimmed))) {
      for (Enumeration<? extends ZipEntry> all = in.entries(); all.hasMoreElements(); ) {
        ZipEntry entry = all.nextElement();
        if (entries.contains(entry.getName())) {
          continue;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
          data.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Files.move(trimmed, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}
