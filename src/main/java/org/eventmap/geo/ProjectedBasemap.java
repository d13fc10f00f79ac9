package org.eventmap.geo;

import java.util.Comparator;
import java.util.List;
import org.eventmap.geo.basemap.Basemap;
import org.eventmap.geo.basemap.BasemapScale;
import org.eventmap.geo.basemap.CountryLabel;
import org.eventmap.geo.basemap.GeoPath;

/** A basemap projected once to Web Mercator world units, ready to be drawn at any zoom. */
public record ProjectedBasemap(
    BasemapScale scale,
    ProjectedPaths land,
    ProjectedPaths lakes,
    ProjectedPaths coastlines,
    ProjectedPaths borders,
    List<CountryLabel> labelsLargestFirst) {

  public static ProjectedBasemap of(Basemap basemap) {
    List<GeoPath> landRings = basemap.land().stream().filter(p -> !p.hole()).toList();
    List<GeoPath> holes = basemap.land().stream().filter(GeoPath::hole).toList();
    return new ProjectedBasemap(
        basemap.scale(),
        project(landRings),
        project(holes),
        project(basemap.coastlines()),
        project(basemap.borders()),
        basemap.labels().stream().sorted(Comparator.comparingDouble(CountryLabel::area).reversed()).toList());
  }

  private static ProjectedPaths project(List<GeoPath> paths) {
    return ProjectedPaths.project(paths.stream().map(ProjectedBasemap::asSource).toList());
  }

  private static ProjectedPaths.Source asSource(GeoPath path) {
    return new ProjectedPaths.Source() {
      @Override
      public int size() {
        return path.size();
      }

      @Override
      public double lon(int i) {
        return path.lon(i);
      }

      @Override
      public double lat(int i) {
        return path.lat(i);
      }

      @Override
      public boolean closed() {
        return path.closed();
      }
    };
  }

  /**
   * The generalisation that suits a zoom level: the coarsest one whose detail is still finer than a
   * pixel, so that the world view stays light and a view of the Gaza Strip stays precise.
   */
  public static BasemapScale suitedTo(double pixelsPerWorld) {
    if (pixelsPerWorld < 6_000) {
      return BasemapScale.SMALL_110M;
    }
    if (pixelsPerWorld < 40_000) {
      return BasemapScale.MEDIUM_50M;
    }
    return BasemapScale.LARGE_10M;
  }
}
