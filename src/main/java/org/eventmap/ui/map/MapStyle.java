package org.eventmap.ui.map;

import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * How the map looks: its colours, line widths and fonts, read from the map's stylesheet
 * ({@code map.css}, properties such as {@code -map-land-fill}) once per change of style and handed to
 * the layers as this one value. The colours of the categories are data, not style (CategoryPalette).
 */
record MapStyle(
    Color sea,
    Color land,
    Color coast,
    double coastWidth,
    Color border,
    double borderWidth,
    Color countryName,
    Font countryFont,
    Color placeName,
    Font placeFont,
    Color halo,
    Color selection,
    Color cluster,
    Font clusterFont,
    Font badgeFont,
    Color journey,
    double journeyWidth,
    Color hover,
    double hoverWidth,
    Color scaleBarFill,
    Color scaleBarInk,
    Font scaleBarFont,
    Color markerOutline,
    Color clusterInk,
    Color badgeFill,
    Color fadedOutline) {

  /** The look before any stylesheet applies: the same as map.css. */
  static final MapStyle DEFAULT = new MapStyle(
      Color.web("#cfe0ec"), Color.web("#f6f3ec"), Color.web("#7f9db3"), 0.9, Color.web("#b8a99a"), 0.8,
      Color.web("#625a4e"), Font.font("System", FontWeight.NORMAL, 11),
      Color.web("#2b2b2b"), Font.font("System", FontWeight.BOLD, 12),
      Color.rgb(255, 255, 255, 0.85), Color.web("#111111"), Color.web("#37474f"),
      Font.font("System", FontWeight.BOLD, 12), Font.font("System", FontWeight.BOLD, 9.5),
      Color.web("#37474f", 0.75), 2, Color.web("#ffb300"), 2.5,
      Color.rgb(255, 255, 255, 0.75), Color.web("#333333"), Font.font("System", FontWeight.NORMAL, 11),
      Color.WHITE, Color.WHITE, Color.WHITE, Color.WHITE);

  /** A styleable property of the map: its CSS name, how it is read, and where it goes in the style. */
  record Property<T>(CssMetaData<MapView, T> meta, Function<MapStyle, T> ofStyle) {}

  /** The map's CSS properties, in the order of the record's components. */
  static final List<Property<?>> PROPERTIES = List.of(
      color("-map-sea-fill", MapStyle::sea),
      color("-map-land-fill", MapStyle::land),
      color("-map-coast-stroke", MapStyle::coast),
      size("-map-coast-width", MapStyle::coastWidth),
      color("-map-border-stroke", MapStyle::border),
      size("-map-border-width", MapStyle::borderWidth),
      color("-map-country-name-fill", MapStyle::countryName),
      font("-map-country-name-font", MapStyle::countryFont),
      color("-map-place-name-fill", MapStyle::placeName),
      font("-map-place-name-font", MapStyle::placeFont),
      color("-map-name-halo", MapStyle::halo),
      color("-map-selection-stroke", MapStyle::selection),
      color("-map-cluster-fill", MapStyle::cluster),
      font("-map-cluster-font", MapStyle::clusterFont),
      font("-map-badge-font", MapStyle::badgeFont),
      color("-map-journey-stroke", MapStyle::journey),
      size("-map-journey-width", MapStyle::journeyWidth),
      color("-map-hover-stroke", MapStyle::hover),
      size("-map-hover-width", MapStyle::hoverWidth),
      color("-map-scale-bar-fill", MapStyle::scaleBarFill),
      color("-map-scale-bar-ink", MapStyle::scaleBarInk),
      font("-map-scale-bar-font", MapStyle::scaleBarFont),
      color("-map-marker-outline", MapStyle::markerOutline),
      color("-map-cluster-ink", MapStyle::clusterInk),
      color("-map-badge-fill", MapStyle::badgeFill),
      color("-map-faded-marker-outline", MapStyle::fadedOutline));

  /** The style as the map's styleable properties now hold it. */
  static MapStyle of(MapView view) {
    Object[] v = new Object[PROPERTIES.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = PROPERTIES.get(i).meta().getStyleableProperty(view).getValue();
    }
    return new MapStyle((Color) v[0], (Color) v[1], (Color) v[2], num(v[3]), (Color) v[4], num(v[5]),
        (Color) v[6], (Font) v[7], (Color) v[8], (Font) v[9], (Color) v[10], (Color) v[11], (Color) v[12],
        (Font) v[13], (Font) v[14], (Color) v[15], num(v[16]), (Color) v[17], num(v[18]), (Color) v[19],
        (Color) v[20], (Font) v[21], (Color) v[22], (Color) v[23], (Color) v[24],
        (Color) v[25]);
  }

  private static double num(Object value) {
    return ((Number) value).doubleValue();
  }

  private static Property<Color> color(String name, Function<MapStyle, Color> of) {
    return new Property<>(meta(name, StyleConverter.getColorConverter(), of.apply(DEFAULT)), of);
  }

  private static Property<Number> size(String name, Function<MapStyle, Double> of) {
    return new Property<>(meta(name, StyleConverter.getSizeConverter(), of.apply(DEFAULT)), s -> of.apply(s));
  }

  private static Property<Font> font(String name, Function<MapStyle, Font> of) {
    return new Property<>(meta(name, StyleConverter.getFontConverter(), of.apply(DEFAULT)), of);
  }

  private static <T> CssMetaData<MapView, T> meta(String name, StyleConverter<?, T> converter, T initial) {
    return new CssMetaData<>(name, converter, initial) {
      @Override
      public boolean isSettable(MapView view) {
        return !view.styleable(this).isBound();
      }

      @Override
      @SuppressWarnings("unchecked")
      public StyleableProperty<T> getStyleableProperty(MapView view) {
        return (StyleableProperty<T>) view.styleable(this);
      }
    };
  }

  /** The map's CSS metadata: a Region's and its own. */
  static List<CssMetaData<? extends Styleable, ?>> cssMetaData(List<CssMetaData<? extends Styleable, ?>> region) {
    List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(region);
    PROPERTIES.forEach(p -> all.add(p.meta()));
    return java.util.Collections.unmodifiableList(all);
  }
}
