package org.eventmap.io.timemap;

import org.eventmap.io.LocatedJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eventmap.domain.Dataset;
import org.eventmap.io.DatasetAssembler;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.LocatedJson.Arr;
import org.eventmap.io.LocatedJson.Bool;
import org.eventmap.io.LocatedJson.Nil;
import org.eventmap.io.LocatedJson.Node;
import org.eventmap.io.LocatedJson.Num;
import org.eventmap.io.LocatedJson.Obj;
import org.eventmap.io.LocatedJson.Text;

/**
 * The problems a reader of a JSON file of another tool finds, each where it is, and the checks they share
 * (a coordinate written as a number or as a text). Past {@link #MOST_TOLD} errors or warnings only their
 * number is told: nobody reads a thousand.
 */
public final class ReadingLog {
  public static final int MOST_TOLD = 100;

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private int errors;
  private int warnings;

  public ReadingLog(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public int errors() {
    return errors;
  }

  /** Where the log is now, to forget what follows when it turns out not to matter ({@link #forgetSince}). */
  public long mark() {
    return (long) errors << 42 | (long) warnings << 21 | problems.size();
  }

  /** Forgets the problems found since the mark: a whole file refused once says more than each of its parts. */
  public void forgetSince(long mark) {
    errors = (int) (mark >>> 42);
    warnings = (int) (mark >>> 21 & 0x1FFFFF);
    int size = (int) (mark & 0x1FFFFF);
    while (problems.size() > size) {
      problems.remove(problems.size() - 1);
    }
  }

  public void error(int line, int column, String message) {
    if (++errors <= MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.ERROR, file, line, column, message));
    }
  }

  public void error(Node at, String message) {
    error(at.line(), at.column(), message);
  }

  public void warning(int line, int column, String message) {
    if (++warnings <= MOST_TOLD) {
      problems.add(new Problem(Problem.Severity.WARNING, file, line, column, message));
    }
  }

  public void warning(Node at, String message) {
    warning(at.line(), at.column(), message);
  }

  /**
   * A number written as a number or as a text ({@code "38.81"}); null when the member is absent, null or
   * an empty text. Anything else is an error at the value, naming the member.
   */
  public Double number(Obj holder, String member, String shownName) {
    Node value = holder.get(member);
    if (value == null || value instanceof Nil) {
      return null;
    }
    if (value instanceof Num n) {
      return n.value();
    }
    if (value instanceof Text t) {
      String s = t.text().strip();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return Double.parseDouble(s.replace('\u2212', '-'));
      } catch (NumberFormatException e) {
        error(value, shownName + " is \"" + LocatedJson.shortened(s) + "\", not a number");
        return null;
      }
    }
    error(value, shownName + " must be a number, found " + value.kind());
    return null;
  }

  /**
   * The latitude and longitude of a holder, from the first of the names of each that it has; null when it
   * gives neither. One without the other, or one out of range, is an error naming the member.
   */
  public double[] point(Obj holder, String prefix, List<String> latitudeNames, List<String> longitudeNames) {
    String latName = holder.firstPresent(latitudeNames.toArray(String[]::new));
    String lonName = holder.firstPresent(longitudeNames.toArray(String[]::new));
    int before = errors;
    Double lat = latName == null ? null : number(holder, latName, "\"" + prefix + latName + "\"");
    Double lon = lonName == null ? null : number(holder, lonName, "\"" + prefix + lonName + "\"");
    if (errors > before) {
      return null;
    }
    if (lat == null && lon == null) {
      return null;
    }
    if (lat == null || lon == null) {
      String given = lat == null ? lonName : latName;
      String missing = lat == null ? String.join(" or ", latitudeNames) : String.join(" or ", longitudeNames);
      error(holder.get(given), "\"" + prefix + given + "\" is given but not \"" + prefix + missing
          + "\": a place needs both");
      return null;
    }
    Optional<String> wrong = DatasetAssembler.coordinateProblem(lat, lon);
    if (wrong.isPresent()) {
      boolean latitudeWrong = wrong.get().startsWith("latitude") || !Double.isFinite(lat);
      Node at = holder.get(latitudeWrong ? latName : lonName);
      error(at, "\"" + prefix + (latitudeWrong ? latName : lonName) + "\": " + wrong.get());
      return null;
    }
    return new double[] {lat, lon};
  }

  /** A member that must be a text when given: its stripped text, or null when absent, null or blank. */
  public String text(Obj holder, String member, String shownName) {
    Node value = holder.get(member);
    if (value == null || value instanceof Nil) {
      return null;
    }
    if (value instanceof Arr || value instanceof Obj || value instanceof Bool) {
      error(value, shownName + " must be a text, found " + value.kind());
      return null;
    }
    return LocatedJson.text(value);
  }

  /** The result: no dataset when any error was found; the dataset is made only then. */
  public LoadResult result(Supplier<Dataset> dataset) {
    Dataset made = null;
    if (errors == 0) {
      try {
        made = dataset.get();
      } catch (IllegalArgumentException e) {
        error(1, 1, "the events read do not make a dataset: " + e.getMessage());
      }
    }
    List<Problem> told = new ArrayList<>(problems);
    if (errors > MOST_TOLD) {
      told.add(new Problem(Problem.Severity.ERROR, file, 1, 1, "and " + (errors - MOST_TOLD) + " more errors"));
    }
    if (warnings > MOST_TOLD) {
      told.add(new Problem(Problem.Severity.WARNING, file, 1, 1, "and " + (warnings - MOST_TOLD) + " more warnings"));
    }
    return new LoadResult(file, errors == 0 ? Optional.ofNullable(made) : Optional.empty(), told);
  }
}
