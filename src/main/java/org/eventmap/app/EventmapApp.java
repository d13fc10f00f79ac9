package org.eventmap.app;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import org.eventmap.io.export.AtomicFile;
import org.eventmap.io.export.DatasetWriter;
import org.eventmap.io.export.ExportFormats;
import org.eventmap.io.export.Written;
import javafx.stage.Stage;
import org.eventmap.geo.ProjectedBasemap;
import org.eventmap.io.LoadResult;
import org.eventmap.io.ReadOptions;
import org.eventmap.io.formats.FormatRegistry;
import org.eventmap.ui.columns.ColumnDialog;
import org.eventmap.io.ProgressListener;
import org.eventmap.state.AppState;
import org.eventmap.ui.MainView;
import org.eventmap.ui.map.BasemapLibrary;

/** The desktop application: one window on the application state, files read in the background. */
public final class EventmapApp extends Application implements MainView.Actions {
  /** Set by the launcher before {@link Application#launch}; JavaFX creates this class itself. */
  static volatile LaunchOptions launchOptions = LaunchOptions.defaults();
  /** Begun by the launcher for {@link #launchOptions} before JavaFX starts; taken by {@link #start}. */
  static volatile StartupRead startupRead;
  /** How long a changed file must be quiet before it is read again; tests shorten it. */
  static volatile java.time.Duration reloadDebounce = java.time.Duration.ofMillis(200);
  /** A reload that takes longer than this shows that the file is being read (and can be cancelled). */
  private static final javafx.util.Duration RELOAD_SHOWN_AFTER = javafx.util.Duration.seconds(1);

  private final AppState state = new AppState();
  private final SessionStore sessions = SessionStore.forUser();
  private final PreferencesStore preferences = PreferencesStore.besides(sessions);
  private final ColumnAnswers columnAnswers = new ColumnAnswers();
  private volatile LinkOpener links = LinkOpener.forThisSystem();
  private Stage stage;
  private WindowPlacement placement;
  private MainView view;
  /** The file the shown dataset came from; null for the built-in one. */
  private Path shownFile;
  /**
   * The file followed for changes: the shown one, or one whose opening failed on its mistakes, which opens
   * once they are fixed. Null for the built-in dataset, which is never watched.
   */
  private Path followedFile;
  /** How {@link #followedFile} was read (its remembered columns, a forced format): it is read so again. */
  private ReadOptions followedReading = ReadOptions.NONE;
  /** The followed file as it was when last read, so that a change made before watching began is seen too. */
  private FileWatcher.Fingerprint followedVersion;
  /** Whether the shown file is read again when it changes on disk (File ▸ Reload when the file changes). */
  private boolean liveReload = true;
  private FileWatcher watcher;
  /** Counts the loads begun, so that a reload overtaken by an opening is dropped. */
  private long loadsBegun;
  private boolean reloading;
  /** The file changed again while it was being read (or while another file was being opened). */
  private boolean reloadAgain;

  /** For tests: the state the window shows. */
  AppState state() {
    return state;
  }

  @Override
  public void start(Stage primaryStage) {
    StartupTrace.mark("start");
    this.stage = primaryStage;
    LaunchOptions options = launchOptions;
    StartupRead startup = startupRead != null && startupRead.isFor(options) ? startupRead
        : StartupRead.begin(options, sessions, preferences, columnAnswers);
    startupRead = null;
    BasemapLibrary basemaps = BasemapLibrary.background();
    basemaps.request(ProjectedBasemap.suitedTo(0));
    state.themes().systemUses(SystemTheme.detect());
    StartupRead.Plan plan = startup.plan();
    Preferences remembered = plan.preferences();
    liveReload = remembered.liveReload();
    state.chooseTheme(options.theme().orElseGet(remembered::theme));
    StartupTrace.mark("preferences");
    view = new MainView(state, basemaps, this);
    StartupTrace.mark("view built");
    GoogleMapSupport.register(view, state, options);
    Scene scene = new Scene(view, 1280, 800);
    org.eventmap.ui.theme.Themes.install(scene, state);
    // Only a choice made in the window is remembered: --theme is for this run.
    state.themeChoiceProperty().addListener((obs, old, now) -> preferences.update(p -> p.withTheme(now)));
    stage.setScene(scene);
    FileDrop.install(scene, state, (file, notes) -> open(file, notes));
    stage.setFullScreenExitHint("Press F11 or Esc to leave full screen");
    org.eventmap.ui.theme.AppIcon.install(stage);
    stage.titleProperty().bind(state.datasetProperty().map(d -> d.title() + " — Eventmap").orElse("Eventmap"));
    stage.setMinWidth(720);
    stage.setMinHeight(480);
    placement = new WindowPlacement(stage);
    plan.session().map(Session::window).ifPresent(placement::restore);
    // Read while JavaFX started and the window was built: shown in the window's first frame.
    // (A question which column is which waits for the window: its dialog is owned by it.)
    Optional<PreparedLoad> ready = startup.readyNow().filter(loaded -> loaded.result().question().isEmpty());
    ready.ifPresent(loaded -> {
      ++loadsBegun;
      showLoaded(loaded, plan.reading(), plan.sameFile(), plan.notes(), Reading.OPEN);
      StartupTrace.mark("applied before shown");
    });
    stage.show();
    StartupTrace.mark("shown");
    // Later, not here: the key dialog it may open is owned by the window, which must be on screen first.
    Platform.runLater(() -> GoogleMapSupport.chooseIfAsked(state, options));
    stage.setOnHidden(e -> {
      saveSession();
      stopWatching();
    });
    if (options.reportStartup()) {
      reportFirstFullFrame(view);
    }
    if (ready.isEmpty()) {
      load(plan.reading(), plan.sameFile(), plan.notes(), Reading.OPEN, startup::await);
    }
  }

  @Override
  public void openFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open events");
    java.util.List<String> everyEnding = FormatRegistry.formats().stream()
        .flatMap(f -> f.extensions().stream()).distinct().map(e -> "*." + e).toList();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Files Eventmap opens", everyEnding));
    FormatRegistry.formats().forEach(f -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
        f.description(), f.extensions().stream().map(e -> "*." + e).toList())));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
    Optional.ofNullable(chooser.showOpenDialog(stage)).map(f -> f.toPath()).ifPresent(this::open);
  }

  /** Reads the file in the background; the map keeps showing the current data until it is ready. */
  public void open(Path file) {
    open(file, java.util.List.of());
  }

  /** As above, showing {@code notes} beside the file's own problems once it is open. */
  void open(Path file, java.util.List<org.eventmap.io.Problem> notes) {
    ReadOptions reading = columnAnswers.remembered(file).map(ReadOptions.NONE::withColumns).orElse(ReadOptions.NONE);
    load(LaunchOptions.defaults().withFile(Optional.of(file), reading), Optional.empty(), notes);
  }

  private void load(LaunchOptions options, Optional<Session> session, java.util.List<org.eventmap.io.Problem> notes) {
    load(options, session, notes, Reading.OPEN);
  }

  private void load(LaunchOptions options, Optional<Session> session, java.util.List<org.eventmap.io.Problem> notes,
      Reading why) {
    load(options, session, notes, why, (listener, indexing) -> {
      // Before reading: a change made while the file is read then differs from it, and is read again.
      FileWatcher.Fingerprint version = options.file().map(FileWatcher.Fingerprint::of).orElse(null);
      return PreparedLoad.indexed(DatasetSources.read(options, listener), version, indexing);
    });
  }

  /** Why a file is read. */
  private enum Reading {
    /** Asked for: by the person, the command line or the last session. */
    OPEN,
    /** The shown file changed on disk. */
    RELOAD,
    /** A file whose opening failed on its mistakes changed on disk: perhaps they are fixed. */
    RETRY
  }

  /**
   * Reads in the background and shows the result. A {@link Reading#RELOAD} keeps the date, window, filters,
   * view and selection as they are when it is ready and adds nothing to the recent files. A reload or a
   * retry, which the person did not ask for, only says that it is reading when that takes a while.
   */
  private void load(LaunchOptions options, Optional<Session> session, java.util.List<org.eventmap.io.Problem> notes,
      Reading why, java.util.function.BiFunction<ProgressListener, java.util.function.IntConsumer, PreparedLoad> reader) {
    boolean quiet = why != Reading.OPEN;
    String name = DatasetSources.nameOf(options);
    Path file = options.file().orElse(null);
    long begun = ++loadsBegun;
    Task<PreparedLoad> task = new Task<>() {
      @Override
      protected PreparedLoad call() {
        PreparedLoad loaded = reader.apply((read, total) -> {
          if (total > 0) {
            updateProgress(read, total);
          }
          return !isCancelled();
        }, events -> Platform.runLater(() -> {
          if (begun == loadsBegun && state.loading().loading()) {
            state.loadIndexing(events);
          }
        }));
        updateProgress(-1, 1);
        return loaded;
      }
    };
    javafx.animation.PauseTransition slowReload = new javafx.animation.PauseTransition(RELOAD_SHOWN_AFTER);
    if (quiet) {
      reloading = true;
      slowReload.setOnFinished(e -> {
        if (begun == loadsBegun && task.isRunning()) {
          state.loadStarted(name, task::cancel);
        }
      });
      slowReload.play();
    } else {
      state.loadStarted(name, task::cancel);
    }
    task.progressProperty().addListener((obs, old, p) -> {
      if (!quiet || state.loading().loading()) {
        state.loadProgressed(p.doubleValue());
      }
    });
    // A reload overtaken by an opening, or of a file no longer followed, shows nothing.
    java.util.function.BooleanSupplier overtaken = () -> quiet && (begun != loadsBegun
        || !java.util.Objects.equals(file, followedFile));
    task.setOnSucceeded(e -> {
      slowReload.stop();
      PreparedLoad loaded = task.getValue();
      if (overtaken.getAsBoolean()) {
        loadEnded(quiet);
        return;
      }
      showLoaded(loaded, options, session, notes, why);
    });
    task.setOnCancelled(e -> {
      slowReload.stop();
      if (!overtaken.getAsBoolean()) {
        state.applyLoad(LoadResult.cancelled(name), null);
      }
      loadEnded(quiet);
    });
    task.setOnFailed(e -> {
      slowReload.stop();
      if (!overtaken.getAsBoolean()) {
        Throwable error = task.getException();
        String message = error instanceof OutOfMemoryError
            ? "is too large for the memory Eventmap may use (start it with a larger -Xmx)"
            : "could not be read: " + error;
        state.applyLoad(new LoadResult(name, Optional.empty(), java.util.List.of(
            new org.eventmap.io.Problem(org.eventmap.io.Problem.Severity.ERROR, name, 1, 1, message))));
      }
      loadEnded(quiet);
    });
    Thread thread = new Thread(task, "dataset-loader");
    thread.setDaemon(true);
    thread.start();
  }

  /** Shows a file read for {@code why}: its data, its problems, or the question which column is which. */
  private void showLoaded(PreparedLoad loaded, LaunchOptions options, Optional<Session> session,
      java.util.List<org.eventmap.io.Problem> notes, Reading why) {
    boolean reload = why == Reading.RELOAD;
    boolean quiet = why != Reading.OPEN;
    Path file = options.file().orElse(null);
    if (loaded.result().question().isPresent() && file != null) {
      if (quiet) {
        // Its columns changed: asked for as at an opening, which then reads it (a reload puts the view back).
        reloading = false;
        askColumnsAndReadAgain(loaded.result(), options,
            reload ? Optional.of(SessionStore.capture(state, shownFile)) : Optional.empty(), notes);
        return;
      }
      askColumnsAndReadAgain(loaded.result(), options, session, notes);
      return;
    }
    if (!loaded.result().ok() && !loaded.result().cancelled() && file != null
        && !options.reading().columns().isEmpty()) {
      columnAnswers.forget(file); // a wrong answer would fail the same way at every opening
    }
    if (reload) {
      followedVersion = loaded.version();
      reapply(loaded, options);
    } else {
      if (loaded.result().ok()) {
        shown(file, options.reading(), loaded.version());
      } else if (file != null && !loaded.result().cancelled() && java.nio.file.Files.isRegularFile(file)) {
        follow(file, options.reading(), loaded.version()); // its mistakes are shown; fixed, it opens
      }
      StartupState.apply(state, loaded.result(), loaded.index(), options, session, notes);
      StartupTrace.mark("applied");
    }
    loadEnded(quiet);
  }

  /**
   * A spreadsheet whose columns the reader could not tell: the person says which is which, the answer is
   * remembered for the file, and the file is read again with it. Cancelling keeps what is on screen.
   */
  private void askColumnsAndReadAgain(LoadResult asked, LaunchOptions options, Optional<Session> session,
      java.util.List<org.eventmap.io.Problem> notes) {
    Path file = options.file().orElseThrow();
    Optional<java.util.Map<String, String>> answer = ColumnDialog.ask(stage, asked.file(), asked.question().get());
    if (answer.isEmpty()) {
      state.applyLoad(LoadResult.cancelled(asked.file()), null);
      return;
    }
    columnAnswers.remember(file, answer.get());
    load(options.withReading(options.reading().withColumns(answer.get())), session, notes);
  }


  /**
   * The shown file read again: with errors, the last good data stays and the problems are shown (and go
   * when a later version is good); a good version replaces the data, which is shown as the person left it:
   * the date, window, filters, view, selection (by id) and the step of a story, where the new data has them.
   */
  private void reapply(PreparedLoad loaded, LaunchOptions options) {
    if (!loaded.result().ok()) {
      state.applyLoad(loaded.result(), null);
      return;
    }
    Session asLeft = SessionStore.capture(state, shownFile);
    Optional<LaunchOptions.StoryStart> story = state.story().story()
        .map(s -> new LaunchOptions.StoryStart(s.id(), state.story().stepIndex() + 1))
        .filter(s -> s.problemIn(loaded.result().dataset().orElseThrow()).isEmpty());
    StartupState.apply(state, loaded.result(), loaded.index(), LaunchOptions.defaults()
        .withFile(options.file(), options.reading()).withStory(story), Optional.of(asLeft));
  }

  /** A file was opened: it is what File ▸ Open Recent offers first, and what is watched. */
  private void shown(Path file, ReadOptions reading, FileWatcher.Fingerprint version) {
    shownFile = file;
    if (file != null) {
      preferences.update(p -> p.withRecentFiles(RecentFiles.withOpened(p.recentFiles(), file)));
    }
    follow(file, reading, version);
  }

  /** From now on the file's changes are read (while live reload is on); null follows none. */
  private void follow(Path file, ReadOptions reading, FileWatcher.Fingerprint version) {
    if (!java.util.Objects.equals(file, followedFile)) {
      reloadAgain = false; // the change was to the file followed before
    }
    followedFile = file;
    followedReading = reading;
    followedVersion = version;
    watchFollowedFile();
  }

  private void loadEnded(boolean quiet) {
    if (quiet) {
      reloading = false;
    }
    if (reloadAgain && !reloading && !state.loading().loading()) {
      reloadAgain = false;
      followedFileChanged();
    }
  }

  /** Watches the followed file while live reload is on. */
  private void watchFollowedFile() {
    Path wanted = liveReload ? followedFile : null;
    if (wanted != null && watcher != null && watcher.file().equals(wanted.toAbsolutePath().normalize())) {
      return;
    }
    stopWatching();
    if (wanted != null) {
      FileWatcher[] self = new FileWatcher[1];
      self[0] = new FileWatcher(wanted, followedVersion, reloadDebounce, () -> Platform.runLater(() -> {
        if (watcher == self[0]) {
          followedFileChanged();
        }
      }));
      watcher = self[0];
    }
  }

  private void stopWatching() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
  }

  /** The followed file changed on disk: read it again, once at a time, and again if it changed meanwhile. */
  private void followedFileChanged() {
    if (!liveReload || followedFile == null) {
      return;
    }
    if (reloading || state.loading().loading()) {
      reloadAgain = true;
      return;
    }
    load(LaunchOptions.defaults().withFile(Optional.of(followedFile), followedReading), Optional.empty(),
        java.util.List.of(), followedFile.equals(shownFile) ? Reading.RELOAD : Reading.RETRY);
  }

  @Override
  public boolean liveReload() {
    return liveReload;
  }

  @Override
  public void setLiveReload(boolean on) {
    liveReload = on;
    preferences.update(p -> p.withLiveReload(on));
    watchFollowedFile(); // turned on, a file changed while it was off is read at once: it differs from followedVersion
  }

  @Override
  public java.util.List<Path> recentFiles() {
    Preferences kept = preferences.update(p -> p.withRecentFiles(RecentFiles.existing(p.recentFiles())));
    return kept.recentFiles().stream().map(Path::of).toList();
  }

  @Override
  public void openRecent(Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      preferences.update(p -> p.withRecentFiles(RecentFiles.without(p.recentFiles(), file)));
    }
    open(file); // a file gone since the menu opened says so, as any opening does
  }

  @Override
  public void clearRecentFiles() {
    preferences.update(p -> p.withRecentFiles(java.util.List.of()));
  }

  @Override
  public void toggleFullScreen() {
    stage.setFullScreen(!stage.isFullScreen());
  }

  @Override
  public void exportMapImage() {
    Optional<MapExport.Kind> kind = askWhatToExport();
    if (kind.isEmpty()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export as PNG");
    String day = state.currentDay() == null ? "" : "-" + state.currentDay();
    chooser.setInitialFileName("eventmap" + (kind.get() == MapExport.Kind.WHOLE_WINDOW ? "-window" : "") + day + ".png");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
    Optional.ofNullable(chooser.showSaveDialog(stage)).map(f -> f.toPath()).map(EventmapApp::withPngEnding)
        .ifPresent(file -> export(file, kind.get()));
  }

  @Override
  public void exportEvents() {
    if (state.dataset() == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export events");
    String base = Optional.ofNullable(shownFile).map(f -> f.getFileName().toString().replaceFirst("\\.[^.]*$", ""))
        .orElse("eventmap");
    java.util.Map<FileChooser.ExtensionFilter, DatasetWriter> writers = new java.util.LinkedHashMap<>();
    for (DatasetWriter w : ExportFormats.all()) {
      writers.put(new FileChooser.ExtensionFilter(w.description() + " (*." + w.extension() + ")", "*." + w.extension()), w);
    }
    chooser.getExtensionFilters().addAll(writers.keySet());
    DatasetWriter geojson = ExportFormats.named("geojson").orElse(ExportFormats.all().get(0));
    writers.forEach((filter, w) -> {
      if (w == geojson) {
        chooser.setSelectedExtensionFilter(filter);
      }
    });
    chooser.setInitialFileName(base + "." + geojson.extension());
    java.io.File chosen = chooser.showSaveDialog(stage);
    if (chosen == null) {
      return;
    }
    // The name's ending says the format when it names one; otherwise the filter chosen, whose ending is added.
    String name = chosen.getName().toLowerCase(java.util.Locale.ROOT);
    DatasetWriter writer = ExportFormats.all().stream().filter(w -> name.endsWith("." + w.extension())).findFirst()
        .orElse(writers.getOrDefault(chooser.getSelectedExtensionFilter(), geojson));
    Path target = name.endsWith("." + writer.extension()) ? chosen.toPath()
        : chosen.toPath().resolveSibling(chosen.getName() + "." + writer.extension());
    exportEvents(target, writer);
  }

  /**
   * Writes the dataset shown in this format in the background, whole or not at all (a temporary file
   * moved into place), and says where and what the format could not carry. Never over the file shown.
   */
  public void exportEvents(Path target, DatasetWriter writer) {
    org.eventmap.domain.Dataset dataset = state.dataset();
    if (dataset == null) {
      return;
    }
    if (shownFile != null && sameFile(shownFile, target)) {
      showExportProblem("Export events", "The events were not exported",
          target + " is the file shown: Eventmap never writes over the file it read. Choose another name.");
      return;
    }
    Task<Written> write = new Task<>() {
      @Override
      protected Written call() throws Exception {
        return AtomicFile.write(target, writer, dataset);
      }
    };
    write.setOnSucceeded(e -> {
      Written written = write.getValue();
      StringBuilder text = new StringBuilder("Saved " + written.events() + " events as " + writer.description()
          + " to " + target.toAbsolutePath());
      written.notes().forEach(n -> text.append("\n• ").append(n));
      javafx.scene.control.Alert saved = new javafx.scene.control.Alert(
          javafx.scene.control.Alert.AlertType.INFORMATION, text.toString());
      saved.setTitle("Export events");
      saved.setHeaderText("The events were saved");
      saved.getDialogPane().setId("export-events-saved");
      saved.initOwner(stage);
      saved.show();
    });
    write.setOnFailed(e -> showExportProblem("Export events", "The events were not exported",
        "Could not save " + target + ": " + write.getException().getMessage()));
    Thread thread = new Thread(write, "events-export");
    thread.setDaemon(true);
    thread.start();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private void showExportProblem(String title, String header, String text) {
    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, text);
    alert.setTitle(title);
    alert.setHeaderText(header);
    alert.getDialogPane().setId("export-events-failed");
    alert.initOwner(stage);
    alert.show();
  }

  /** Some file choosers leave out the extension the filter names. */
  private static Path withPngEnding(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
  }

  private Optional<MapExport.Kind> askWhatToExport() {
    javafx.scene.control.ButtonType captioned = new javafx.scene.control.ButtonType(
        MapExport.Kind.MAP_WITH_CAPTION.label, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    javafx.scene.control.ButtonType window = new javafx.scene.control.ButtonType(
        MapExport.Kind.WHOLE_WINDOW.label, javafx.scene.control.ButtonBar.ButtonData.OTHER);
    javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
        "The map with a caption has the dataset's title, the date and window shown, the categories and the "
            + "map's source under it. The whole window is the picture of everything on screen.",
        captioned, window, javafx.scene.control.ButtonType.CANCEL);
    ask.setTitle("Export as PNG");
    ask.setHeaderText("What should the picture show?");
    ask.getDialogPane().setId("export-choice");
    ask.initOwner(stage);
    return ask.showAndWait().map(b -> b == captioned ? MapExport.Kind.MAP_WITH_CAPTION
        : b == window ? MapExport.Kind.WHOLE_WINDOW : null);
  }

  /** Renders the map with its caption now and writes the PNG in the background. */
  public void exportMapImage(Path file) {
    export(file, MapExport.Kind.MAP_WITH_CAPTION);
  }

  /** Renders the whole window now and writes the PNG in the background. */
  public void exportWindowImage(Path file) {
    export(file, MapExport.Kind.WHOLE_WINDOW);
  }

  private void export(Path file, MapExport.Kind kind) {
    javafx.scene.image.WritableImage image = kind == MapExport.Kind.WHOLE_WINDOW ? MapExport.window(view)
        : MapExport.withCaption(view.map().renderImage(), state);
    Path shown = shownFile;
    Task<Void> write = new Task<>() {
      @Override
      protected Void call() throws Exception {
        MapExport.writePng(image, file, shown);
        return null;
      }
    };
    write.setOnSucceeded(e -> {
      javafx.scene.control.Alert saved = new javafx.scene.control.Alert(
          javafx.scene.control.Alert.AlertType.INFORMATION, "Saved " + file.toAbsolutePath());
      saved.setTitle("Export as PNG");
      saved.setHeaderText(kind == MapExport.Kind.WHOLE_WINDOW ? "The window was saved" : "The map was saved");
      saved.getDialogPane().setId("export-saved");
      saved.initOwner(stage);
      saved.show();
    });
    write.setOnFailed(e -> {
      javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
          "Could not save " + file + ": " + write.getException().getMessage());
      alert.setHeaderText("The image was not saved");
      alert.initOwner(stage);
      alert.show();
    });
    Thread thread = new Thread(write, "png-export");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public boolean askForMapKey(org.eventmap.state.MapProvider provider) {
    if (provider != org.eventmap.state.MapProvider.GOOGLE) {
      return false;
    }
    Optional<String> key = GoogleMapSupport.askForKey(stage);
    key.ifPresent(k -> GoogleMapSupport.registerKey(view, state, k));
    return key.isPresent();
  }

  @Override
  public void quit() {
    saveSession();
    Platform.exit();
  }

  private void saveSession() {
    sessions.save(SessionStore.capture(state, shownFile, placement.current()));
  }

  @Override
  public void openLink(URI uri) {
    LinkOpener opener = links;
    // The opener waits for the system's answer, which can take seconds: not on the FX thread.
    Thread thread = new Thread(() -> {
      if (!opener.open(uri)) {
        Platform.runLater(() -> NoBrowserDialog.show(stage, uri));
      }
    }, "open-link");
    thread.setDaemon(true);
    thread.start();
  }

  /** For tests: another way to open links (e.g. one that finds no browser). */
  void useLinkOpener(LinkOpener opener) {
    links = java.util.Objects.requireNonNull(opener);
  }

  /** Prints how long after the JVM started the map was first drawn with its basemap and markers. */
  private void reportFirstFullFrame(MainView view) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (state.dataset() != null && view.map().hasDrawnBasemap()) {
          stop();
          System.out.println("startup: first map with basemap and markers drawn "
              + (System.currentTimeMillis() - jvmStart) + " ms after the JVM started");
          System.out.println("startup: moments (ms after the JVM started): " + StartupTrace.moments());
          Platform.exit(); // the option exists for the start-up benchmark
        }
      }
    }.start();
  }
}
