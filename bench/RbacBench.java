import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.Checker;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.rbac.ApiResources;
import io.github.kubecheck.rbac.Authorizer;
import io.github.kubecheck.rbac.Escalations;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.Request;
import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the phases of kubecheck's RBAC analysis inside one process, which a whole-process
 * measurement cannot separate: reading the input, building the authorizer, one who-can, who-can
 * for every verb and resource pair of the built-in resources, and every escalation path.
 *
 * usage: java -cp checker-cli/target/kubecheck.jar bench/RbacBench.java DIR [NAMESPACE]
 */
public final class RbacBench {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String ns = args.length > 1 ? args[1] : "ns-0001";
    long t0 = System.nanoTime();
    Facts facts = new Checker(RuleRegistry.loadBuiltIn())
        .load(CheckRequest.of(List.of("."), dir));
    facts.cluster();
    long t1 = System.nanoTime();
    Authorizer a = facts.get(Rbac.INSTANCE);
    long t2 = System.nanoTime();
    System.out.printf("read and assemble the cluster: %d ms (%d objects)%n", ms(t0, t1),
        facts.cluster().all().size());
    System.out.printf("build the authorizer: %d ms (%d roles, %d bindings)%n", ms(t1, t2),
        a.roles().size(), a.bindings().size());

    Request single = ResourceRequest.of("get", "", "secrets", "", "", ns);
    long[] singles = new long[21];
    int found = 0;
    for (int i = 0; i < singles.length; i++) {
      long s = System.nanoTime();
      found = a.whoCan(single).size();
      singles[i] = System.nanoTime() - s;
    }
    System.out.printf("one who-can (get secrets -n %s): first %.2f ms, median of 20 more %.2f ms"
        + " (%d subjects)%n", ns, singles[0] / 1e6, median(singles), found);

    List<Request> pairs = new ArrayList<>();
    for (ApiResources.ApiResource r : ApiResources.builtIn().all()) {
      for (String verb : r.verbs()) {
        pairs.add(ResourceRequest.of(verb, r.group(), r.plural(), "", "", ns));
        pairs.add(ResourceRequest.of(verb, r.group(), r.plural(), "", "", ""));
      }
      for (var sub : r.subresources().entrySet()) {
        for (String verb : sub.getValue()) {
          pairs.add(ResourceRequest.of(verb, r.group(), r.plural(), sub.getKey(), "", ns));
          pairs.add(ResourceRequest.of(verb, r.group(), r.plural(), sub.getKey(), "", ""));
        }
      }
    }
    long t3 = System.nanoTime();
    long answers = 0;
    for (Request q : pairs) {
      answers += a.whoCan(q).size();
    }
    long t4 = System.nanoTime();
    System.out.printf("who-can for every verb x resource pair (%d questions, in %s and "
        + "cluster-wide): %d ms, %.2f ms each (%d subjects named)%n", pairs.size(), ns,
        ms(t3, t4), (t4 - t3) / 1e6 / pairs.size(), answers);

    long t5 = System.nanoTime();
    var report = facts.get(Escalations.INSTANCE);
    long t6 = System.nanoTime();
    System.out.printf("every escalation path: %d ms (%d paths from %d pod creators)%n",
        ms(t5, t6), report.pathCount(), report.reaches().size());
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private static double median(long[] samples) {
    long[] rest = Arrays.copyOfRange(samples, 1, samples.length);
    Arrays.sort(rest);
    return rest[rest.length / 2] / 1e6;
  }
}
