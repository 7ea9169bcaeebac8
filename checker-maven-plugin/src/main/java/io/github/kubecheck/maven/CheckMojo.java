package io.github.kubecheck.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Kubernetes manifests with kubecheck, as {@code kubecheck lint} does: the
 * findings go to the build log with file, line and column, the reports to
 * {@code target/kubecheck/}, and the build fails when findings reach {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresProject = true)
public final class CheckMojo extends AbstractMojo {

  /**
   * Manifest files and folders, relative to the project. Default: those of
   * {@code src/main/kubernetes}, {@code src/main/k8s} and {@code k8s} that exist.
   */
  @Parameter(property = "kubecheck.manifests")
  List<String> manifests = new ArrayList<>();

  /**
   * Globs over paths relative to the project: only matching files found in the manifest folders
   * are checked ({@code **}{@code /*.yaml}). Default: every *.yaml, *.yml and *.json.
   */
  @Parameter(property = "kubecheck.includes")
  List<String> includes = new ArrayList<>();

  /** Globs over paths relative to the project of files to skip ({@code **}{@code /gen/**}). */
  @Parameter(property = "kubecheck.excludes")
  List<String> excludes = new ArrayList<>();

  /** The Kubernetes version to check against, e.g. {@code 1.31}. Default: the newest bundled. */
  @Parameter(property = "kubecheck.kubeVersion")
  String kubeVersion;

  /** A file of the cluster's Nodes and existing objects. Default: the built-in cluster. */
  @Parameter(property = "kubecheck.cluster")
  String cluster;

  /** The configuration file. Default: {@code .kubecheck.yaml} in the project or a parent. */
  @Parameter(property = "kubecheck.configFile")
  String configFile;

  /** The lowest severity that fails the build: error, warning, info or none. */
  @Parameter(property = "kubecheck.failOn", defaultValue = "error")
  String failOn = "error";

  /**
   * Reports to write to {@code outputDirectory}, as {@code kubecheck.txt}, {@code kubecheck.json},
   * {@code kubecheck.sarif}, {@code kubecheck.xml} (junit): any of text, json, sarif, junit.
   */
  @Parameter(property = "kubecheck.formats", defaultValue = "text")
  List<String> formats = new ArrayList<>(List.of("text"));

  /** A file written by {@code kubecheck lint --write-baseline}: its findings are not reported. */
  @Parameter(property = "kubecheck.baseline")
  String baseline;

  /** Where the reports go. */
  @Parameter(property = "kubecheck.outputDirectory",
      defaultValue = "${project.build.directory}/kubecheck")
  File outputDirectory;

  /** Skips the check. */
  @Parameter(property = "kubecheck.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kubecheck: skipped (kubecheck.skip)");
      return;
    }
    PluginRun.Settings settings = new PluginRun.Settings(basedir.toPath(), manifests, includes,
        excludes, kubeVersion, cluster, configFile, failOn, formats, baseline,
        outputDirectory.toPath());
    new PluginRun(new MavenLog(getLog())).execute(settings);
  }
}
