package org.eventmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.eventmap.domain.TimePoint;
import org.eventmap.io.IsoDates;

/**
 * Any text typed as a day in the timeline's date boxes ({@code ui.timeline.DateReader}, pure, reached
 * here by reflection as it is package-private), and any text read as an ISO date from a file ({@code
 * io.IsoDates}). Each gives a day or a sentence saying why not, the same for the same text, at once and
 * in little memory.
 */
class TypedDatesFuzzTest {
  private static final ReaderContract CONTRACT = new ReaderContract("TypedDatesFuzzTest");
  private static final Class<?> DATE_READER = type("org.eventmap.ui.timeline.DateReader");
  private static final Method READ = method(DATE_READER, "read", String.class, int.class);
  private static final Class<?> READING = type("org.eventmap.ui.timeline.DateReader$Reading");
  private static final Method DATE = method(READING, "date");
  private static final Method PROBLEM = method(READING, "problem");
  private static final Method MESSAGE = method(READING, "message");
  private static final Method IS_EMPTY = method(READING, "isEmpty");

  @FuzzTest(maxDuration = "60s")
  void typedDay(FuzzedDataProvider data) {
    int yearIfMissing = data.consumeInt(-100_000, 100_000);
    String typed = data.consumeRemainingAsString();
    ReaderContract.Reads<Object> reads =
        CONTRACT.twice(utf8Length(typed), () -> invoke(READ, null, typed, yearIfMissing));
    Object first = reads.first();
    LocalDate date = (LocalDate) invoke(DATE, first);
    String problem = (String) invoke(PROBLEM, first);
    boolean empty = (Boolean) invoke(IS_EMPTY, first);
    assertTrue(empty == typed.isBlank(), "nothing read exactly when nothing was typed");
    assertFalse(date != null && problem != null, "a day or a problem, not both");
    assertTrue(empty || date != null || !problem.isBlank(), "a refusal says why");
    assertNotNull(invoke(MESSAGE, first), "there is always a sentence to show, if only an empty one");
    assertEquals(first, reads.again(), "the same text reads the same");
  }

  @FuzzTest(maxDuration = "60s")
  void isoDate(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReaderContract.Reads<String> reads = CONTRACT.twice(utf8Length(text), () -> isoReading(text));
    assertEquals(reads.first(), reads.again(), "the same text reads the same");
  }

  /** A time point, or the refusal's sentence: IsoDates refuses with IllegalArgumentException, and only so. */
  private static String isoReading(String text) {
    try {
      TimePoint point = IsoDates.parse(text);
      return "read: " + Objects.requireNonNull(point, "a reading that is not refused is a time");
    } catch (IllegalArgumentException refused) {
      assertNotNull(refused.getMessage(), "a refusal says why");
      assertFalse(refused.getMessage().isBlank(), "a refusal says why");
      return "refused: " + refused.getMessage();
    }
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " is gone", e);
    }
  }

  private static Method method(Class<?> owner, String name, Class<?>... parameters) {
    try {
      Method m = owner.getDeclaredMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(owner.getSimpleName() + "." + name + " is gone", e);
    }
  }
}
