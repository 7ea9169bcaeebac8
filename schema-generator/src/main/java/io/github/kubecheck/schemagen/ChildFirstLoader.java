package io.github.kubecheck.schemagen;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the client's own classes from the given jar first, so each Kubernetes version's model
 * classes are read even though another version is on the generator's class path.
 */
final class ChildFirstLoader extends URLClassLoader {

  ChildFirstLoader(URL[] urls, ClassLoader parent) {
    super(urls, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith("io.kubernetes.client.")) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          c = findClass(name);
        } catch (ClassNotFoundException e) {
          c = super.loadClass(name, false);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }
}
