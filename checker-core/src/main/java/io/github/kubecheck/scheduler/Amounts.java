package io.github.kubecheck.scheduler;

/** Resource amounts written back as quantities, the way kubectl shows them. */
public final class Amounts {

  private Amounts() {}

  /** Millicores: {@code 1500m}, or whole cores ({@code 2}). */
  public static String cpu(long milli) {
    return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
  }

  /** Bytes in the largest binary unit that divides them: {@code 2Gi}, {@code 384Mi}. */
  public static String bytes(long value) {
    String[] units = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
    for (int i = 0; i < units.length; i++) {
      long unit = 1L << (10 * (units.length - i));
      if (value != 0 && value % unit == 0) {
        return value / unit + units[i];
      }
    }
    return Long.toString(value);
  }
}
