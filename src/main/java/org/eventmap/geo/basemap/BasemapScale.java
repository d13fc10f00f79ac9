package org.eventmap.geo.basemap;

/** The three Natural Earth generalisations shipped with Eventmap, coarsest first. */
public enum BasemapScale {
  /** 1:110 million: whole-world views; tiny and fast. */
  SMALL_110M("ne-110m.bin", 110),
  /** 1:50 million: continent and region views. */
  MEDIUM_50M("ne-50m.bin", 50),
  /** 1:10 million: country and city views. */
  LARGE_10M("ne-10m.bin", 10);

  private final String fileName;
  private final int denominatorMillions;

  BasemapScale(String fileName, int denominatorMillions) {
    this.fileName = fileName;
    this.denominatorMillions = denominatorMillions;
  }

  /** Classpath location of this scale's asset, e.g. {@code /basemap/ne-110m.bin}. */
  public String resourcePath() {
    return "/basemap/" + fileName;
  }

  /** Scale denominator in millions (110, 50 or 10), as recorded in the asset header. */
  public int denominatorMillions() {
    return denominatorMillions;
  }

  static BasemapScale fromDenominator(int denominatorMillions) {
    for (BasemapScale scale : values()) {
      if (scale.denominatorMillions == denominatorMillions) {
        return scale;
      }
    }
    return null;
  }
}
