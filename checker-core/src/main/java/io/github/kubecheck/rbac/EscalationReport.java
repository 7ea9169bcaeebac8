package io.github.kubecheck.rbac;

import java.util.ArrayList;
import java.util.List;

/**
 * Every escalation path of a cluster, grouped by where it starts: one {@link Reach} per binding
 * entry that lets a subject create pods, with the ServiceAccounts it reaches. Finding the paths
 * is cheap; describing one (what exactly the account adds) is done only when asked, since a
 * cluster-wide pod creator reaches every account of the cluster.
 */
public final class EscalationReport {

  /**
   * A subject that can create pods, where (a namespace, or every namespace when
   * {@code namespace} is empty), and the accounts it reaches there.
   */
  public static final class Reach {
    private final EscalationReport report;
    private final Subject subject;
    private final EscalationPath.Creation creation;
    private final String namespace;
    private final Escalations.Held held;
    private final int[] accounts;

    Reach(EscalationReport report, Subject subject, EscalationPath.Creation creation,
        String namespace, Escalations.Held held, int[] accounts) {
      this.report = report;
      this.subject = subject;
      this.creation = creation;
      this.namespace = namespace;
      this.held = held;
      this.accounts = accounts.clone();
    }

    public Subject subject() {
      return subject;
    }

    public EscalationPath.Creation creation() {
      return creation;
    }

    /** Where the subject can create pods; empty for every namespace. */
    public String namespace() {
      return namespace;
    }

    /** How many ServiceAccounts it reaches that hold more than it does. */
    public int count() {
      return accounts.length;
    }

    /** The first {@code limit} paths, described. */
    public List<EscalationPath> paths(int limit) {
      List<EscalationPath> out = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, accounts.length); i++) {
        Subject account = report.accounts.get(accounts[i]);
        out.add(new EscalationPath(subject, account.namespace(), creation, account,
            report.gains(held, accounts[i])));
      }
      return out;
    }

    public List<EscalationPath> paths() {
      return paths(accounts.length);
    }

    /** The first {@code limit} accounts reached, each with a brief of what it adds. */
    public List<Brief> briefs(int limit, int shownPerScope) {
      List<Brief> out = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, accounts.length); i++) {
        out.add(new Brief(report.accounts.get(accounts[i]),
            report.brief(held, accounts[i], shownPerScope)));
      }
      return out;
    }
  }

  /** What one account adds to a subject, in brief. */
  public record Brief(Subject serviceAccount, List<Gain> gains) {

    public Brief {
      gains = List.copyOf(gains);
    }
  }

  /**
   * In one scope (empty: cluster-wide), how many pieces (one verb on one resource, or on one
   * URL) the account holds and the subject does not, the first of them in grant order, and the
   * bindings that grant them.
   */
  public record Gain(String namespace, int count, List<PolicyRule> first, List<String> via) {

    public Gain {
      first = List.copyOf(first);
      via = List.copyOf(via);
    }
  }

  private final List<Subject> accounts;
  private final List<Escalations.AccountPieces> pieces;
  private final List<Reach> reaches = new ArrayList<>();

  EscalationReport(List<Subject> accounts, List<Escalations.AccountPieces> pieces) {
    this.accounts = List.copyOf(accounts);
    this.pieces = List.copyOf(pieces);
  }

  void add(Subject subject, EscalationPath.Creation creation, String namespace,
      Escalations.Held held, int[] reached) {
    reaches.add(new Reach(this, subject, creation, namespace, held, reached));
  }

  public List<Reach> reaches() {
    return List.copyOf(reaches);
  }

  public long pathCount() {
    return reaches.stream().mapToLong(Reach::count).sum();
  }

  /** Every path, described: for tests and small inputs. */
  public List<EscalationPath> paths() {
    List<EscalationPath> out = new ArrayList<>();
    reaches.forEach(r -> out.addAll(r.paths()));
    return out;
  }

  /**
   * What the account adds to what the subject holds; the subject's coverage memo is shared by
   * the rules that run in parallel, so describing is serialized.
   */
  private synchronized List<ScopedRules> gains(Escalations.Held held, int account) {
    return held.gains(pieces.get(account));
  }

  private synchronized List<Gain> brief(Escalations.Held held, int account, int shown) {
    return held.brief(pieces.get(account), shown);
  }
}
