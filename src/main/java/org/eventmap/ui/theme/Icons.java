package org.eventmap.ui.theme;

import java.util.Map;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The icon of each action of the table (by its id), from Material Design Icons: on its menu item and on
 * the buttons that run it. Their colour is the theme's (AtlantaFX styles {@code .ikonli-font-icon}).
 */
public final class Icons {
  /** Menu items' icons: a little smaller than the text, as desktop menus draw them. */
  public static final int MENU_SIZE = 16;
  /** The map's and the timeline's buttons. */
  public static final int BUTTON_SIZE = 18;

  private static final Map<String, Ikon> BY_ACTION = Map.ofEntries(
      Map.entry("open", MaterialDesignF.FOLDER_OPEN_OUTLINE),
      Map.entry("export-png", MaterialDesignI.IMAGE_OUTLINE),
      Map.entry("export-events", MaterialDesignF.FILE_EXPORT_OUTLINE),
      Map.entry("quit", MaterialDesignE.EXIT_TO_APP),
      Map.entry("copy", MaterialDesignC.CONTENT_COPY),
      Map.entry("full-screen", MaterialDesignF.FULLSCREEN),
      Map.entry("fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE),
      Map.entry("map-fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE),
      Map.entry("reset-view", MaterialDesignH.HOME_OUTLINE),
      Map.entry("previous-event", MaterialDesignS.SKIP_PREVIOUS),
      Map.entry("next-event", MaterialDesignS.SKIP_NEXT),
      Map.entry("previous-day", MaterialDesignC.CHEVRON_LEFT),
      Map.entry("next-day", MaterialDesignC.CHEVRON_RIGHT),
      Map.entry("play", MaterialDesignP.PLAY),
      Map.entry("go-to", MaterialDesignC.CALENDAR_SEARCH),
      Map.entry("time-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE),
      Map.entry("time-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
      Map.entry("focus-map", MaterialDesignM.MAP_OUTLINE),
      Map.entry("focus-timeline", MaterialDesignC.CHART_TIMELINE_VARIANT),
      Map.entry("find", MaterialDesignM.MAGNIFY),
      Map.entry("story", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
      Map.entry("story-previous", MaterialDesignC.CHEVRON_LEFT),
      Map.entry("story-next", MaterialDesignC.CHEVRON_RIGHT),
      Map.entry("story-stop", MaterialDesignC.CLOSE),
      Map.entry("shortcuts", MaterialDesignK.KEYBOARD_OUTLINE),
      Map.entry("guide", MaterialDesignB.BOOK_OPEN_VARIANT),
      Map.entry("about", MaterialDesignI.INFORMATION_OUTLINE),
      Map.entry("map-zoom-in", MaterialDesignP.PLUS),
      Map.entry("map-zoom-out", MaterialDesignM.MINUS));

  /** Playing: the play button offers to pause. */
  public static final Ikon PAUSE = MaterialDesignP.PAUSE;
  public static final Ikon PLAY = MaterialDesignP.PLAY;
  /** The edge pointers' arrows: west, east, north, south. */
  public static final Ikon[] ARROWS = {MaterialDesignA.ARROW_LEFT, MaterialDesignA.ARROW_RIGHT,
      MaterialDesignA.ARROW_UP, MaterialDesignA.ARROW_DOWN};

  private Icons() {}

  /** The action's icon, if it has one. */
  public static Optional<Ikon> of(String actionId) {
    return Optional.ofNullable(BY_ACTION.get(actionId));
  }

  /** A new icon node for the action, at a size; empty if the action has no icon. */
  public static Optional<FontIcon> forAction(String actionId, int size) {
    return of(actionId).map(ikon -> icon(ikon, size));
  }

  public static FontIcon icon(Ikon ikon, int size) {
    FontIcon icon = new FontIcon(ikon);
    icon.setIconSize(size);
    return icon;
  }
}
