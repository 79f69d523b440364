package com.shoptalk.mail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ShopTalk loaded by a class loader of its own, as a host loads an application: Maven's JVM for
 * {@code ./mvnw exec:java}, the Lambda runtime for a function. Only JDK types cross between the test
 * and the isolated code.
 */
final class Isolated implements AutoCloseable {
  /** Jakarta Activation's implementation announces itself with this service file. */
  private static final String ACTIVATION_PROVIDER = "META-INF/services/jakarta.activation.spi.MailcapRegistryProvider";

  private final URLClassLoader loader;

  private Isolated(List<URL> classPath) {
    this.loader = new URLClassLoader("isolated-shoptalk", classPath.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
  }

  /** The test's whole class path: everything a deployed function has. */
  static Isolated withFullClassPath() {
    return new Isolated(classPath(false));
  }

  /**
   * The test class path without what {@code ./mvnw compile exec:java} leaves out: its compile scope
   * has no runtime-scoped jars, and the only one is Jakarta Activation's implementation
   * (angus-activation, which reads the mailcap files that name the content handlers). The test
   * libraries stay; ShopTalk's code never uses them.
   */
  static Isolated likeTheLocalRun() {
    return new Isolated(classPath(true));
  }

  /** The class path {@link #likeTheLocalRun()} loads from, for starting the local run as a process. */
  static String localRunClassPath() {
    return String.join(File.pathSeparator, classPath(true).stream().map(url -> {
      try {
        return Path.of(url.toURI()).toString();
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }).toList());
  }

  /** Whether the isolated code can see Jakarta Activation's implementation. */
  boolean seesActivationImplementation() {
    return loader.getResource(ACTIVATION_PROVIDER) != null;
  }

  ClassLoader loader() {
    return loader;
  }

  /**
   * Calls a public static method of a class loaded in isolation, on a thread whose context class
   * loader is {@code context}, and returns its result.
   */
  Object call(ClassLoader context, String className, String method, Object... args) throws Throwable {
    Class<?>[] types = Arrays.stream(args).map(Object::getClass).toArray(Class<?>[]::new);
    var target = Class.forName(className, true, loader).getMethod(method, types);
    var result = new AtomicReference<Object>();
    var failure = new AtomicReference<Throwable>();
    Thread thread = new Thread(() -> {
      try {
        result.set(target.invoke(null, args));
      } catch (InvocationTargetException e) {
        failure.set(e.getCause());
      } catch (ReflectiveOperationException | RuntimeException e) {
        failure.set(e);
      }
    }, "isolated-shoptalk");
    thread.setContextClassLoader(context);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }

  private static List<URL> classPath(boolean withoutActivationImplementation) {
    List<String> excluded = new ArrayList<>();
    if (withoutActivationImplementation) {
      try {
        for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources(ACTIVATION_PROVIDER))) {
          String jar = url.toString();
          excluded.add(jar.substring("jar:".length(), jar.indexOf("!/")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (excluded.isEmpty()) {
        throw new AssertionError("the test class path has no Jakarta Activation implementation to leave out");
      }
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      try {
        URL url = Path.of(entry).toUri().toURL();
        if (!excluded.contains(url.toString())) {
          urls.add(url);
        }
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return urls;
  }
}
