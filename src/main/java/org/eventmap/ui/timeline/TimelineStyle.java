package org.eventmap.ui.timeline;

import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * How the time axis looks, as its stylesheet says: read from the control's CSS properties once a change
 * of style, and handed to the skin whole, so that a frame draws with one consistent set of values.
 *
 * @param background behind everything
 * @param histogram the bars of how many events happened when
 * @param window the shade over the window of time the map shows
 * @param cursor the line and the triangle of the current position
 * @param cursorWidth the width of the cursor's line
 * @param tick the axis line and its ticks
 * @param tickWidth the width of the axis line and of the ticks
 * @param label the ticks' labels
 * @param labelFont the ticks' labels' font
 * @param focus the ring drawn when the axis has the keyboard focus
 * @param focusWidth the width of that ring
 * @param selectedMark the mark of the selected event (the others have their category's colour)
 * @param markOpacity how opaque the marks in their category's colour are
 * @param era the band of an era, in the rows above the histogram (translucent, so that overlaps show)
 * @param eraAlternate the band of every other era in a row, so that two eras side by side are told apart
 * @param eraShade what an era casts behind the histogram and the marks
 * @param eraLabel an era's title on its band
 * @param eraFont the font of that title
 */
record TimelineStyle(Paint background, Paint histogram, Paint window, Paint cursor, double cursorWidth, Paint tick,
    double tickWidth, Paint label, Font labelFont, Paint focus, double focusWidth, Paint selectedMark,
    double markOpacity, Paint era, Paint eraAlternate, Paint eraShade, Paint eraLabel, Font eraFont) {}
