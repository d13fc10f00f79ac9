/*
 * Eventmap's side of the Google basemap (docs/adr/0006).
 *
 * Java drives this page through the one object `eventmapPage`:
 *   connect(loadCallback, clickBridge)  the two Java objects the page may call (see GoogleMapPane)
 *   loadMapsApi(url)                    adds the Maps JavaScript API; Java builds the URL with the key
 *   showEvents(json)                    the visible events, as a JSON string
 *   showSelection(id)                   the selected event's id, or '' for none
 *   fitBounds(south, west, north, east) shows a dataset's extent
 *
 * Dataset text (titles, places, category names) is data only: it is parsed with JSON.parse and put into
 * the page as a marker's title option (plain text to Google) or with textContent. Nothing here builds
 * HTML from strings or evaluates them, so a title such as <img src=x onerror=alert(1)> stays text.
 */
'use strict';

(function () {
  /** Why the map could not be shown; GoogleMapPane turns these into words for a person. */
  var FAILURE = { SCRIPT: 'script', KEY_REFUSED: 'key-refused', START: 'start' };

  var loadCallback = null;   // Java: mapsReady(), mapsFailed(reason)
  var clickBridge = null;    // Java: select(eventId)
  var failed = false;
  var maps = null;           // the classes taken from the Maps JavaScript API once it has loaded
  var map = null;
  var infoWindow = null;
  var infoWindowEventId = null;
  var markers = new Map();   // event id -> { marker, event }
  var selectedId = '';

  function reportFailure(reason) {
    if (failed || loadCallback === null) {
      return;
    }
    failed = true;
    try {
      loadCallback.mapsFailed(reason);
    } catch (ignored) {
      // Java turns every failure into the offline map; there is nothing more to do here.
    }
  }

  /** Google calls this global function when it refuses the key (documented as gm_authFailure). */
  window.gm_authFailure = function () {
    reportFailure(FAILURE.KEY_REFUSED);
  };

  /** The callback named in the script URL: the Maps JavaScript API has loaded its bootstrap. */
  window.eventmapMapsApiLoaded = function () {
    loadLibraries().then(createMap).catch(function () {
      reportFailure(FAILURE.START);
    });
  };

  /** The current API hands out its classes through importLibrary; older builds put them on google.maps. */
  function loadLibraries() {
    var gm = window.google && window.google.maps;
    if (!gm) {
      return Promise.reject(new Error('google.maps is missing'));
    }
    if (typeof gm.importLibrary !== 'function') {
      return Promise.resolve(gm);
    }
    return Promise.all([gm.importLibrary('maps'), gm.importLibrary('marker'), gm.importLibrary('core')])
      .then(function (libraries) {
        return {
          Map: libraries[0].Map,
          InfoWindow: libraries[0].InfoWindow,
          Marker: libraries[1].Marker,
          SymbolPath: libraries[2].SymbolPath || gm.SymbolPath
        };
      });
  }

  function createMap(classes) {
    maps = classes;
    map = new maps.Map(document.getElementById('map'), {
      center: { lat: 20, lng: 0 },
      zoom: 2,
      mapTypeControl: true,
      mapTypeControlOptions: { mapTypeIds: ['roadmap', 'satellite', 'terrain'] },
      streetViewControl: false,
      fullscreenControl: false,
      clickableIcons: false
    });
    infoWindow = new maps.InfoWindow();
    // A click on the map itself clears the selection, as on the offline map.
    map.addListener('click', function () {
      clickBridge.select('');
    });
    infoWindow.addListener('closeclick', function () {
      infoWindowEventId = null;
      clickBridge.select('');
    });
    loadCallback.mapsReady();
  }

  function markerIcon(event, selected) {
    return {
      path: maps.SymbolPath ? maps.SymbolPath.CIRCLE : 0,
      scale: selected ? 10 : event.today ? 8 : 6,
      fillColor: event.color,
      fillOpacity: 0.9,
      strokeColor: selected ? '#000000' : '#ffffff',
      strokeWeight: selected ? 3 : 1.5
    };
  }

  function zIndexOf(event, selected) {
    return selected ? 3 : event.today ? 2 : 1;
  }

  function addMarker(event) {
    var marker = new maps.Marker({
      position: { lat: event.lat, lng: event.lng },
      map: map,
      title: event.title,   // plain text: Google shows it as a tooltip, never as HTML
      icon: markerIcon(event, false),
      zIndex: zIndexOf(event, false)
    });
    var id = event.id;
    marker.addListener('click', function () {
      clickBridge.select(id);
    });
    markers.set(id, { marker: marker, event: event });
  }

  function restyle(entry) {
    var selected = entry.event.id === selectedId;
    entry.marker.setIcon(markerIcon(entry.event, selected));
    entry.marker.setZIndex(zIndexOf(entry.event, selected));
  }

  /** The info window's content, built node by node: every piece of dataset text is set as text. */
  function infoContent(event) {
    var box = document.createElement('div');
    box.className = 'eventmap-info';
    var title = document.createElement('div');
    title.className = 'eventmap-info-title';
    title.textContent = event.title;
    var meta = document.createElement('div');
    meta.className = 'eventmap-info-meta';
    meta.textContent = event.place + ' · ' + event.when;
    var category = document.createElement('div');
    category.className = 'eventmap-info-category';
    category.style.setProperty('--category-color', event.color);
    category.textContent = event.category;
    box.appendChild(title);
    box.appendChild(meta);
    box.appendChild(category);
    return box;
  }

  function openInfoWindow() {
    var entry = markers.get(selectedId);
    if (!entry) {
      infoWindow.close();
      infoWindowEventId = null;
      return;
    }
    if (infoWindowEventId === selectedId) {
      return;
    }
    infoWindow.setContent(infoContent(entry.event));
    infoWindow.open({ map: map, anchor: entry.marker, shouldFocus: false });
    infoWindowEventId = selectedId;
  }

  window.eventmapPage = {
    connect: function (theLoadCallback, theClickBridge) {
      loadCallback = theLoadCallback;
      clickBridge = theClickBridge;
    },

    loadMapsApi: function (url) {
      var script = document.createElement('script');
      script.src = url;
      script.async = true;
      script.onerror = function () {
        reportFailure(FAILURE.SCRIPT);
      };
      document.head.appendChild(script);
    },

    /** Adds, keeps or removes markers so that exactly the given events are shown. */
    showEvents: function (json) {
      var events = JSON.parse(json);
      var wanted = new Map();
      events.forEach(function (event) {
        wanted.set(event.id, event);
      });
      markers.forEach(function (entry, id) {
        if (!wanted.has(id)) {
          entry.marker.setMap(null);
          markers.delete(id);
        }
      });
      wanted.forEach(function (event, id) {
        var entry = markers.get(id);
        if (entry) {
          entry.event = event;
          restyle(entry);
        } else {
          addMarker(event);
          restyle(markers.get(id));
        }
      });
      if (infoWindowEventId !== null && !markers.has(infoWindowEventId)) {
        infoWindowEventId = null;
      }
      openInfoWindow();
      return markers.size;
    },

    showSelection: function (id) {
      var previous = markers.get(selectedId);
      selectedId = id;
      if (previous) {
        restyle(previous);
      }
      var current = markers.get(selectedId);
      if (current) {
        restyle(current);
      }
      openInfoWindow();
    },

    fitBounds: function (south, west, north, east) {
      map.fitBounds({ south: south, west: west, north: north, east: east }, 40);
    },

    /** How many markers are shown; for Java's own checks. */
    markerCount: function () {
      return markers.size;
    }
  };
})();
