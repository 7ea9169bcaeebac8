package io.github.kubecheck.rbac;

/**
 * What the authorizer is asked: a request on a resource (in a namespace, or cluster-wide when the
 * namespace is empty) or on a non-resource URL such as {@code /healthz}.
 */
public sealed interface Request permits Request.ResourceRequest, Request.NonResourceRequest {

  String verb();

  /** The namespace whose RoleBindings count; empty: only ClusterRoleBindings count. */
  String namespace();

  /**
   * A resource request as the API server's request info gives it.
   *
   * @param apiGroup {@code ""} for the core group
   * @param subresource empty when the request is on the resource itself
   * @param name the object's name; empty for requests on a collection
   */
  record ResourceRequest(String verb, String apiGroup, String resource, String subresource,
      String name, String namespace) implements Request {

    /**
     * The request as it reaches the authorizer: a create on a collection and a deletecollection
     * never carry an object name (the name of a new object is not known when it is authorized),
     * so rules limited by resourceNames cannot allow them.
     */
    public static ResourceRequest of(String verb, String apiGroup, String resource,
        String subresource, String name, String namespace) {
      boolean nameless = subresource.isEmpty() && verb.equals("create")
          || verb.equals("deletecollection");
      return new ResourceRequest(verb, apiGroup, resource, subresource, nameless ? "" : name,
          namespace);
    }

    /** {@code resource/subresource}, as rules name subresources. */
    public String combinedResource() {
      return subresource.isEmpty() ? resource : resource + "/" + subresource;
    }

    public ResourceRequest inNamespace(String ns) {
      return new ResourceRequest(verb, apiGroup, resource, subresource, name, ns);
    }

    /** {@code deployments.apps/scale}: how kubecheck writes a resource. */
    public String describeResource() {
      String r = apiGroup.isEmpty() ? resource : resource + "." + apiGroup;
      return subresource.isEmpty() ? r : r + "/" + subresource;
    }

    @Override
    public String toString() {
      return verb + " " + describeResource() + (name.isEmpty() ? "" : " named " + name)
          + (namespace.isEmpty() ? " cluster-wide" : " in namespace " + namespace);
    }
  }

  /** A request on a path outside the resource API; only ClusterRoleBindings can allow it. */
  record NonResourceRequest(String verb, String path) implements Request {

    @Override
    public String namespace() {
      return "";
    }

    @Override
    public String toString() {
      return verb + " " + path;
    }
  }
}
