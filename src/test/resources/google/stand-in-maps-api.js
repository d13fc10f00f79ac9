/*
 * STAND-IN for Google's Maps JavaScript API, written for Eventmap's tests. It is not Google's code and
 * draws no map. It offers the few classes Eventmap's page (google-map.js) uses, behaving the way Google
 * documents them where it matters for the tests:
 *   - a Marker's `title` is plain text (here: the marker element's title attribute);
 *   - an InfoWindow's content is HTML when it is a string and is inserted as is when it is a DOM node,
 *     so a page that passed dataset text as an HTML string would create elements here too;
 *   - the script calls the function named by `callback` once loaded, and calls window.gm_authFailure()
 *     when the key is refused (here: the key REFUSED-BY-STAND-IN).
 * Everything it was asked to show is kept in `window.standInMaps` for the tests to read back.
 */
(function () {
  'use strict';

  var scriptUrl = document.currentScript ? document.currentScript.src : '';
  var params = new URLSearchParams(scriptUrl.indexOf('?') >= 0 ? scriptUrl.substring(scriptUrl.indexOf('?') + 1) : '');
  var key = params.get('key');
  var callbackName = params.get('callback');

  function Listeners() {
    this.byName = {};
  }
  Listeners.prototype.add = function (name, handler) {
    (this.byName[name] = this.byName[name] || []).push(handler);
    return { remove: function () {} };
  };
  Listeners.prototype.fire = function (name) {
    (this.byName[name] || []).forEach(function (handler) {
      handler({});
    });
  };

  var allMarkers = [];
  var infoWindows = [];
  var theMap = null;

  function StandInMap(element, options) {
    this.element = element;
    this.options = options;
    this.listeners = new Listeners();
    this.bounds = null;
    this.layer = document.createElement('div');
    this.layer.className = 'stand-in-map';
    element.appendChild(this.layer);
    theMap = this;
  }
  StandInMap.prototype.addListener = function (name, handler) {
    return this.listeners.add(name, handler);
  };
  StandInMap.prototype.fitBounds = function (bounds) {
    this.bounds = bounds;
  };

  function StandInMarker(options) {
    this.position = options.position;
    this.title = options.title;
    this.icon = options.icon;
    this.zIndex = options.zIndex;
    this.listeners = new Listeners();
    this.element = document.createElement('div');
    this.element.className = 'stand-in-marker';
    this.element.setAttribute('title', options.title); // text, as Google treats a marker's title
    this.map = null;
    this.setMap(options.map || null);
    allMarkers.push(this);
  }
  StandInMarker.prototype.setMap = function (map) {
    if (this.map && this.element.parentNode) {
      this.element.parentNode.removeChild(this.element);
    }
    this.map = map;
    if (map) {
      map.layer.appendChild(this.element);
    }
  };
  StandInMarker.prototype.getMap = function () {
    return this.map;
  };
  StandInMarker.prototype.getTitle = function () {
    return this.title;
  };
  StandInMarker.prototype.setIcon = function (icon) {
    this.icon = icon;
  };
  StandInMarker.prototype.setZIndex = function (zIndex) {
    this.zIndex = zIndex;
  };
  StandInMarker.prototype.addListener = function (name, handler) {
    return this.listeners.add(name, handler);
  };

  function StandInInfoWindow() {
    this.listeners = new Listeners();
    this.element = document.createElement('div');
    this.element.className = 'stand-in-info-window';
    this.anchor = null;
    this.isOpen = false;
    infoWindows.push(this);
  }
  StandInInfoWindow.prototype.setContent = function (content) {
    while (this.element.firstChild) {
      this.element.removeChild(this.element.firstChild);
    }
    if (typeof content === 'string') {
      this.element.innerHTML = content; // as Google does: string content is HTML
    } else if (content) {
      this.element.appendChild(content);
    }
  };
  StandInInfoWindow.prototype.open = function (optionsOrMap, anchor) {
    var options = optionsOrMap && optionsOrMap.anchor !== undefined ? optionsOrMap : { map: optionsOrMap, anchor: anchor };
    this.anchor = options.anchor || null;
    this.isOpen = true;
    var map = options.map || (this.anchor && this.anchor.map);
    if (map) {
      map.layer.appendChild(this.element);
    }
  };
  StandInInfoWindow.prototype.close = function () {
    this.isOpen = false;
    this.anchor = null;
    if (this.element.parentNode) {
      this.element.parentNode.removeChild(this.element);
    }
  };
  StandInInfoWindow.prototype.addListener = function (name, handler) {
    return this.listeners.add(name, handler);
  };

  var maps = {
    Map: StandInMap,
    Marker: StandInMarker,
    InfoWindow: StandInInfoWindow,
    SymbolPath: { CIRCLE: 0 },
    event: {
      trigger: function (target, name) {
        target.listeners.fire(name);
      }
    },
    importLibrary: function () {
      return Promise.resolve(maps);
    }
  };

  function shownMarkers() {
    return allMarkers.filter(function (m) {
      return m.map !== null;
    });
  }

  function markerTitled(title) {
    return shownMarkers().filter(function (m) {
      return m.title === title;
    })[0];
  }

  /** What the tests read back. Plain values only, so that Java sees strings and numbers. */
  window.standInMaps = {
    isStandIn: true,
    key: key,
    markerCount: function () {
      return shownMarkers().length;
    },
    markerTitlesJson: function () {
      return JSON.stringify(shownMarkers().map(function (m) {
        return m.getTitle();
      }));
    },
    markerAttributeTitlesJson: function () {
      return JSON.stringify(shownMarkers().map(function (m) {
        return m.element.getAttribute('title');
      }));
    },
    markerScale: function (title) {
      var marker = markerTitled(title);
      return marker ? marker.icon.scale : -1;
    },
    clickMarker: function (title) {
      var marker = markerTitled(title);
      if (!marker) {
        return false;
      }
      marker.listeners.fire('click');
      return true;
    },
    clickMap: function () {
      theMap.listeners.fire('click');
    },
    openInfoWindowText: function () {
      var open = infoWindows.filter(function (w) {
        return w.isOpen;
      })[0];
      return open ? open.element.textContent : null;
    },
    openInfoWindowAnchorTitle: function () {
      var open = infoWindows.filter(function (w) {
        return w.isOpen;
      })[0];
      return open && open.anchor ? open.anchor.title : null;
    },
    elementCount: function (tagName) {
      return document.getElementsByTagName(tagName).length;
    },
    fittedBoundsJson: function () {
      return JSON.stringify(theMap ? theMap.bounds : null);
    }
  };

  window.google = window.google || {};
  window.google.maps = maps;

  setTimeout(function () {
    if (key === 'REFUSED-BY-STAND-IN') {
      // Google loads, then tells the page through gm_authFailure that the key was refused.
      if (typeof window.gm_authFailure === 'function') {
        window.gm_authFailure();
      }
      return;
    }
    if (callbackName && typeof window[callbackName] === 'function') {
      window[callbackName]();
    }
  }, 0);
})();
