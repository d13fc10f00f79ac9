#!/usr/bin/env node
// Converts the world-atlas TopoJSON files (countries-110m/50m/10m.json) into the
// compact Eventmap basemap format described in assets/basemap/README.md.
//
// Usage: node convert.mjs <world-atlas package dir> <output dir>
//
// Node 20, no npm dependencies. The TopoJSON decoding below is written for this
// project on purpose: we only need quantised arcs, Polygon/MultiPolygon and the
// arc-sharing counts, and keeping it in one file keeps the build self-contained.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FORMAT_MAGIC = 'EMBM';
const FORMAT_VERSION = 1;
const LAYER_LAND = 1;
const LAYER_COAST = 2;
const LAYER_BORDERS = 3;
const LAYER_LABELS = 4;
const FLAG_CLOSED = 1;
const FLAG_HOLE = 2;

// Rings or segments this close to a pole are artefacts of how Natural Earth
// represents Antarctica's southern edge (a "line" at -89.999), not real geography.
const POLE_EPSILON = 0.01;
// Long segments are split so that no stored segment spans more than this many
// degrees of longitude; only the synthetic polar edges of Antarctica are affected.
const MAX_SEGMENT_LON = 45;

const SCALES = [
  { file: 'countries-110m.json', out: 'ne-110m.bin', denominatorMillions: 110 },
  { file: 'countries-50m.json', out: 'ne-50m.bin', denominatorMillions: 50 },
  { file: 'countries-10m.json', out: 'ne-10m.bin', denominatorMillions: 10 },
];

// ---------------------------------------------------------------------------
// TopoJSON decoding

/** Decodes delta-encoded quantised arcs into absolute [lon, lat] degree pairs. */
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** The polygons of a geometry as arrays of rings, each ring an array of arc indices. */
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

function arcPoints(arcs, index) {
  // A negative index ~i means arc i traversed backwards.
  return index < 0 ? arcs[~index].slice().reverse() : arcs[index];
}

/** Joins a ring's arcs into one open point list (the closing point is not repeated). */
function assembleRing(arcs, arcIndices) {
  const points = [];
  for (const index of arcIndices) {
    const pts = arcPoints(arcs, index);
    // Consecutive arcs share their joining point; keep it once.
    for (let k = points.length ? 1 : 0; k < pts.length; k++) points.push(pts[k]);
  }
  return dropClosingPoint(dedupe(points));
}

// ---------------------------------------------------------------------------
// Small geometry helpers

function samePoint(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(points) {
  const out = [];
  for (const p of points) if (!out.length || !samePoint(out[out.length - 1], p)) out.push(p);
  return out;
}

function dropClosingPoint(points) {
  if (points.length > 1 && samePoint(points[0], points[points.length - 1])) points.pop();
  return points;
}

/** Planar shoelace area in square degrees (sign gives orientation). */
function planarArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

/**
 * Area on the sphere in "equatorial square degrees" (1 unit = 1°×1° at the equator,
 * about 12,364 km²): the shoelace formula in the Lambert cylindrical equal-area plane.
 */
function equalArea(ring) {
  const k = 180 / Math.PI;
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const yj = Math.sin(ring[j][1] / k) * k;
    const yi = Math.sin(ring[i][1] / k) * k;
    sum += (ring[j][0] - ring[i][0]) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

function bboxOf(points) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Even-odd ray casting: is (x, y) inside the closed ring? */
function ringContains(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function nearPole(p) {
  return Math.abs(p[1]) >= 90 - POLE_EPSILON;
}

function onAntimeridian(p) {
  return Math.abs(p[0]) >= 180 - 1e-9;
}

// ---------------------------------------------------------------------------
// The antimeridian
//
// world-atlas v2 keeps rings in spherical form: a ring that crosses ±180 simply
// jumps from e.g. 179.9 to -180 and back, and Antarctica is a ring that winds once
// around the south pole. Drawn in a flat lon/lat or Web Mercator plane either would
// produce lines across the whole world. We therefore
//   1. "unwrap" each ring: add ±360 whenever consecutive longitudes differ by more
//      than 180, so the ring becomes continuous (longitudes may leave [-180, 180]);
//   2. close rings that wind around a pole by walking along the pole;
//   3. clip the unwrapped ring to the three windows [-540,-180], [-180,180] and
//      [180,540] and shift each clipped piece back into [-180, 180].
// Polylines (coasts and borders) are instead cut where they cross ±180, with the
// crossing latitude interpolated so both pieces meet the map edge. Some rings also
// run a few vertices *along* ±180 (or along the pole) where Natural Earth cut the
// polygon; those edges are dropped from the lines, as they are not coastline.

/** Returns the unwrapped ring and the net longitude offset picked up on closing it. */
function unwrapRing(ring) {
  const out = [ring[0]];
  let offset = 0;
  for (let k = 1; k <= ring.length; k++) {
    const prev = ring[k - 1];
    const cur = ring[k % ring.length];
    const d = cur[0] - prev[0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    if (k < ring.length) out.push([cur[0] + offset, cur[1]]);
  }
  return { points: out, windingOffset: offset };
}

/** Sutherland–Hodgman against one vertical half-plane: keep x >= edge (keepGreater) or x <= edge. */
function clipHalfPlane(ring, edge, keepGreater) {
  const inside = (p) => (keepGreater ? p[0] >= edge : p[0] <= edge);
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn !== prevIn) {
      const t = (edge - prev[0]) / (cur[0] - prev[0]);
      out.push([edge, prev[1] + t * (cur[1] - prev[1])]);
    }
    if (curIn) out.push(cur);
  }
  return out;
}

/** Inserts points so no segment spans more than MAX_SEGMENT_LON degrees of longitude. */
function densify(ring, closed) {
  const out = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    out.push(a);
    if (!closed && i === n - 1) break;
    const b = ring[(i + 1) % n];
    const steps = Math.ceil(Math.abs(b[0] - a[0]) / MAX_SEGMENT_LON);
    for (let s = 1; s < steps; s++) {
      const t = s / steps;
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

/** Turns one spherical ring into zero or more planar rings inside [-180, 180]. */
function planarRings(ring) {
  if (ring.length < 3) return [];
  // Natural Earth's "pole line" ring (50m Antarctica) has no area on the sphere.
  if (ring.every(nearPole)) return [];
  const { points, windingOffset } = unwrapRing(ring);
  let closedRing = points;
  if (windingOffset !== 0) {
    // The ring encircles a pole: finish it by walking along that pole.
    const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const pole = meanLat < 0 ? -90 : 90;
    const first = points[0];
    const last = [first[0] + windingOffset, first[1]];
    closedRing = [...points, last, [last[0], pole], [first[0], pole]];
  }
  const pieces = [];
  for (const shift of [360, 0, -360]) {
    const lo = -180 - shift;
    const hi = 180 - shift;
    let piece = clipHalfPlane(clipHalfPlane(closedRing, lo, true), hi, false);
    piece = dropClosingPoint(dedupe(piece.map(([x, y]) => [x + shift, y])));
    if (piece.length >= 3 && Math.abs(planarArea(piece)) > 1e-9) pieces.push(densify(piece, true));
  }
  return pieces;
}

/**
 * Cuts a polyline where it crosses ±180 and drops the artificial polar edges.
 * For a closed ring the pieces that meet at its start point are joined again.
 * Returns [{points, closed}].
 */
function planarPolylines(points, closed) {
  const seq = closed ? [...points, points[0]] : points;
  const pieces = [];
  let current = [seq[0]];
  const finish = () => {
    const p = dedupe(current);
    pieces.push(p);
    current = [];
  };
  for (let k = 1; k < seq.length; k++) {
    const a = seq[k - 1];
    const b = seq[k];
    if ((nearPole(a) && nearPole(b)) || (onAntimeridian(a) && onAntimeridian(b))) {
      // Synthetic edge where Natural Earth cut a polygon along a pole or along ±180
      // (or a zero-length hop from -180 to 180): not a coastline or border.
      finish();
      current = [b];
      continue;
    }
    const d = b[0] - a[0];
    if (Math.abs(d) > 180) {
      const bx = b[0] + (d > 0 ? -360 : 360);
      const edge = d > 0 ? -180 : 180; // the side of the map that `a` leaves through
      const t = bx === a[0] ? 0 : (edge - a[0]) / (bx - a[0]);
      const lat = a[1] + t * (b[1] - a[1]);
      current.push([edge, lat]);
      finish();
      current = [[-edge, lat], b];
    } else {
      current.push(b);
    }
  }
  finish();
  let result = pieces.filter((p) => p.length >= 2);
  if (closed && pieces.length === 1) {
    return result.map((p) => ({ points: dropClosingPoint(p), closed: true }));
  }
  if (closed && result.length >= 2) {
    const first = result[0];
    const last = result[result.length - 1];
    if (samePoint(last[last.length - 1], first[0])) {
      result = [dedupe([...last, ...first]), ...result.slice(1, -1)];
    }
  }
  return result.map((p) => ({ points: densify(p, false), closed: false }));
}

// ---------------------------------------------------------------------------
// Ring nesting: which rings are holes, and which outer ring owns each hole.

/** A point on the ring that is not one of its vertices, to test containment robustly. */
function probePoints(ring) {
  const probes = [];
  const step = Math.max(1, Math.floor(ring.length / 5));
  for (let i = 0; i < ring.length && probes.length < 5; i += step) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    probes.push([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
  }
  return probes;
}

/**
 * For planar rings that do not cross each other, returns for each ring its depth
 * (number of rings containing it) and its parent (the smallest containing ring).
 * Even depth = outer boundary of land, odd depth = hole.
 */
function nestRings(rings) {
  const boxes = rings.map(bboxOf);
  const areas = rings.map((r) => Math.abs(planarArea(r)));
  const order = rings.map((_, i) => i).sort((a, b) => areas[b] - areas[a]);
  const depth = new Array(rings.length).fill(0);
  const parent = new Array(rings.length).fill(-1);
  for (let oi = 0; oi < order.length; oi++) {
    const i = order[oi];
    const bi = boxes[i];
    const probes = probePoints(rings[i]);
    // Only larger rings can contain this one.
    for (let oj = 0; oj < oi; oj++) {
      const j = order[oj];
      const bj = boxes[j];
      if (bi.minX < bj.minX || bi.maxX > bj.maxX || bi.minY < bj.minY || bi.maxY > bj.maxY) continue;
      let votes = 0;
      for (const [x, y] of probes) if (ringContains(rings[j], x, y)) votes++;
      if (votes * 2 > probes.length) {
        depth[i]++;
        if (parent[i] < 0 || areas[j] < areas[parent[i]]) parent[i] = j;
      }
    }
  }
  return { depth, parent };
}

// ---------------------------------------------------------------------------
// Label placement: a point well inside the country's largest polygon.

function segmentDistanceSq(px, py, ax, ay, bx, by) {
  let dx = bx - ax;
  let dy = by - ay;
  let x = ax;
  let y = ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/**
 * Signed distance from (x, y) to the polygon's boundary, positive inside. Longitudes
 * are scaled by lonFactor (cos of the polygon's latitude) so "far from the edge" means
 * roughly the same on the ground east-west as north-south.
 */
function signedDistance(polygon, x, y, lonFactor) {
  let inside = false;
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      const d = segmentDistanceSq(x * lonFactor, y, xi * lonFactor, yi, xj * lonFactor, yj);
      if (d < best) best = d;
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(best);
}

class MaxHeap {
  constructor(key) {
    this.items = [];
    this.key = key;
  }
  get size() {
    return this.items.length;
  }
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key(a[p]) >= this.key(a[i])) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l]) > this.key(a[m])) m = l;
        if (r < a.length && this.key(a[r]) > this.key(a[m])) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The point inside the polygon farthest from its boundary ("pole of inaccessibility"),
 * by best-first subdivision of square cells: a cell can only beat the current best if
 * its centre distance plus its half-diagonal exceeds it.
 */
function poleOfInaccessibility(polygon, lonFactor) {
  const box = bboxOf(polygon[0]);
  const width = (box.maxX - box.minX) * lonFactor;
  const height = box.maxY - box.minY;
  const cellSize = Math.min(width, height);
  const precision = Math.max(1e-3, cellSize / 200);
  const makeCell = (cx, cy, half) => {
    const d = signedDistance(polygon, cx / lonFactor, cy, lonFactor);
    return { cx, cy, half, d, max: d + half * Math.SQRT2 };
  };
  const centre = makeCell((box.minX * lonFactor + box.maxX * lonFactor) / 2, (box.minY + box.maxY) / 2, 0);
  if (cellSize === 0) return { x: box.minX, y: box.minY, d: 0, centreD: centre.d };
  const heap = new MaxHeap((c) => c.max);
  const half = cellSize / 2;
  for (let x = box.minX * lonFactor; x < box.maxX * lonFactor; x += cellSize) {
    for (let y = box.minY; y < box.maxY; y += cellSize) heap.push(makeCell(x + half, y + half, half));
  }
  let best = centre;
  while (heap.size) {
    const cell = heap.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.half / 2;
    heap.push(makeCell(cell.cx - h, cell.cy - h, h));
    heap.push(makeCell(cell.cx + h, cell.cy - h, h));
    heap.push(makeCell(cell.cx - h, cell.cy + h, h));
    heap.push(makeCell(cell.cx + h, cell.cy + h, h));
  }
  return { x: best.cx / lonFactor, y: best.cy, d: best.d, centreD: centre.d };
}

/** Groups planar rings into polygons [outer, ...holes] using their nesting. */
function groupPolygons(rings) {
  const { depth, parent } = nestRings(rings);
  const polygons = new Map();
  rings.forEach((ring, i) => {
    if (depth[i] % 2 === 0) polygons.set(i, [ring]);
  });
  rings.forEach((ring, i) => {
    if (depth[i] % 2 === 1 && polygons.has(parent[i])) polygons.get(parent[i]).push(ring);
  });
  return [...polygons.values()];
}

function polygonEqualArea(polygon) {
  return equalArea(polygon[0]) - polygon.slice(1).reduce((s, h) => s + equalArea(h), 0);
}

function labelFor(name, rings) {
  const polygons = groupPolygons(rings);
  if (!polygons.length) return null;
  const area = polygons.reduce((s, p) => s + polygonEqualArea(p), 0);
  let largest = polygons[0];
  for (const p of polygons) if (polygonEqualArea(p) > polygonEqualArea(largest)) largest = p;
  const box = bboxOf(largest[0]);
  const midLat = (box.minY + box.maxY) / 2;
  const lonFactor = Math.max(0.05, Math.cos((midLat * Math.PI) / 180));
  const pole = poleOfInaccessibility(largest, lonFactor);
  // The bounding-box centre reads best for compact shapes; fall back to the pole of
  // inaccessibility when the centre is outside (Israel, Norway, Chile ...) or hugs an edge.
  const useCentre = pole.centreD >= 0.5 * pole.d;
  const lon = useCentre ? (box.minX + box.maxX) / 2 : pole.x;
  const lat = useCentre ? midLat : pole.y;
  return { name, lon, lat, area };
}

// ---------------------------------------------------------------------------
// Binary writing

class ByteWriter {
  constructor() {
    this.buf = Buffer.alloc(1 << 16);
    this.len = 0;
  }
  ensure(n) {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }
  u8(v) {
    this.ensure(1);
    this.buf[this.len++] = v;
  }
  bytes(b) {
    this.ensure(b.length);
    for (let i = 0; i < b.length; i++) this.buf[this.len++] = b[i];
  }
  f64(v) {
    this.ensure(8);
    this.buf.writeDoubleBE(v, this.len);
    this.len += 8;
  }
  f32(v) {
    this.ensure(4);
    this.buf.writeFloatBE(v, this.len);
    this.len += 4;
  }
  varint(v) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`varint out of range: ${v}`);
    while (v >= 0x80) {
      this.u8((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.u8(v);
  }
  zigzag(v) {
    this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  result() {
    return this.buf.subarray(0, this.len);
  }
}

class Quantiser {
  constructor(transform) {
    [this.sx, this.sy] = transform.scale;
    [this.tx, this.ty] = transform.translate;
  }
  /** Snaps points to the integer grid, removing repeats the snapping creates. */
  quantise(points) {
    const out = [];
    for (const [lon, lat] of points) {
      const q = [Math.round((lon - this.tx) / this.sx), Math.round((lat - this.ty) / this.sy)];
      if (!out.length || !samePoint(out[out.length - 1], q)) out.push(q);
    }
    return out;
  }
}

function writePathLayer(writer, paths, quantiser) {
  const encoded = [];
  for (const path of paths) {
    let q = quantiser.quantise(path.points);
    if (path.closed) q = dropClosingPoint(q);
    if (q.length < (path.closed ? 3 : 2)) continue;
    encoded.push({ q, flags: (path.closed ? FLAG_CLOSED : 0) | (path.hole ? FLAG_HOLE : 0) });
  }
  const layer = new ByteWriter();
  layer.varint(encoded.length);
  let pointCount = 0;
  for (const { q, flags } of encoded) {
    const box = bboxOf(q);
    layer.u8(flags);
    layer.varint(q.length);
    layer.zigzag(box.minX);
    layer.zigzag(box.minY);
    layer.varint(box.maxX - box.minX);
    layer.varint(box.maxY - box.minY);
    let px = 0;
    let py = 0;
    for (const [x, y] of q) {
      layer.zigzag(x - px);
      layer.zigzag(y - py);
      px = x;
      py = y;
    }
    pointCount += q.length;
  }
  return { bytes: layer.result(), count: encoded.length, pointCount };
}

function writeLabelLayer(labels, quantiser) {
  const layer = new ByteWriter();
  layer.varint(labels.length);
  for (const label of labels) {
    const name = Buffer.from(label.name, 'utf8');
    layer.varint(name.length);
    layer.bytes(name);
    const [[x, y]] = quantiser.quantise([[label.lon, label.lat]]);
    layer.zigzag(x);
    layer.zigzag(y);
    layer.f32(label.area);
  }
  return layer.result();
}

// ---------------------------------------------------------------------------

function convert(topology, denominatorMillions) {
  const arcs = decodeArcs(topology);
  const countries = topology.objects.countries.geometries;

  // Which countries use each arc: once = coastline, two different countries = border.
  const users = arcs.map(() => []);
  countries.forEach((country, ci) => {
    for (const polygon of polygonsOf(country)) {
      for (const ring of polygon) for (const index of ring) users[index < 0 ? ~index : index].push(ci);
    }
  });

  // LAND: the merged land object, made planar, holes found by nesting (the
  // TopoJSON ring order cannot be trusted once Antarctica is closed via the pole).
  const landRings = [];
  const coast = [];
  for (const polygon of polygonsOf(topology.objects.land.geometries[0])) {
    for (const ringArcs of polygon) {
      const ring = assembleRing(arcs, ringArcs);
      landRings.push(...planarRings(ring));
      // The land boundary is exactly the set of arcs used by one country
      // (checked below), so its rings give long, already-joined coastlines.
      if (ring.length >= 2) coast.push(...planarPolylines(ring, true));
    }
  }
  const onceUsed = new Set(users.flatMap((u, i) => (u.length === 1 ? [i] : [])));
  const landArcs = new Set();
  for (const polygon of polygonsOf(topology.objects.land.geometries[0])) {
    for (const ring of polygon) for (const index of ring) landArcs.add(index < 0 ? ~index : index);
  }
  if (onceUsed.size !== landArcs.size || [...onceUsed].some((i) => !landArcs.has(i))) {
    throw new Error('land boundary differs from the arcs used by exactly one country');
  }
  const { depth } = nestRings(landRings);
  const land = landRings.map((points, i) => ({ points, closed: true, hole: depth[i] % 2 === 1 }));

  // BORDERS: arcs shared by two different countries, each arc once.
  const borders = [];
  arcs.forEach((arc, i) => {
    if (new Set(users[i]).size >= 2) borders.push(...planarPolylines(dedupe(arc), false));
  });

  // LABELS, biggest country first so a renderer can stop when it runs out of room.
  const labels = [];
  for (const country of countries) {
    const rings = [];
    for (const polygon of polygonsOf(country)) {
      for (const ringArcs of polygon) rings.push(...planarRings(assembleRing(arcs, ringArcs)));
    }
    const name = country.properties && country.properties.name;
    if (!name || !rings.length) continue;
    const label = labelFor(name, rings);
    if (label) labels.push(label);
  }
  labels.sort((a, b) => b.area - a.area || a.name.localeCompare(b.name));

  const quantiser = new Quantiser(topology.transform);
  const layers = [
    [LAYER_LAND, writePathLayer(new ByteWriter(), land, quantiser)],
    [LAYER_COAST, writePathLayer(new ByteWriter(), coast, quantiser)],
    [LAYER_BORDERS, writePathLayer(new ByteWriter(), borders, quantiser)],
  ];
  const out = new ByteWriter();
  out.bytes(Buffer.from(FORMAT_MAGIC, 'ascii'));
  out.u8(FORMAT_VERSION);
  out.u8(denominatorMillions);
  out.f64(topology.transform.scale[0]);
  out.f64(topology.transform.scale[1]);
  out.f64(topology.transform.translate[0]);
  out.f64(topology.transform.translate[1]);
  out.varint(layers.length + 1);
  for (const [id, layer] of layers) {
    out.u8(id);
    out.varint(layer.bytes.length);
    out.bytes(layer.bytes);
  }
  const labelBytes = writeLabelLayer(labels, quantiser);
  out.u8(LAYER_LABELS);
  out.varint(labelBytes.length);
  out.bytes(labelBytes);

  const stats = {
    land: `${layers[0][1].count} rings / ${layers[0][1].pointCount} points`,
    coast: `${layers[1][1].count} lines / ${layers[1][1].pointCount} points`,
    borders: `${layers[2][1].count} lines / ${layers[2][1].pointCount} points`,
    labels: labels.length,
  };
  return { bytes: gzipSync(out.result(), { level: 9 }), labels, stats };
}

function main() {
  const [inputDir, outputDir] = process.argv.slice(2);
  if (!inputDir || !outputDir) {
    console.error('usage: node convert.mjs <world-atlas package dir> <output dir>');
    process.exit(2);
  }
  mkdirSync(outputDir, { recursive: true });
  for (const scale of SCALES) {
    const topology = JSON.parse(readFileSync(join(inputDir, scale.file), 'utf8'));
    const { bytes, labels, stats } = convert(topology, scale.denominatorMillions);
    writeFileSync(join(outputDir, scale.out), bytes);
    console.log(`${scale.out}: ${bytes.length} bytes; land ${stats.land}; coast ${stats.coast}; borders ${stats.borders}; labels ${stats.labels}`);
    if (process.env.BASEMAP_DEBUG_LABELS) {
      for (const l of labels.filter((l) => process.env.BASEMAP_DEBUG_LABELS.split(',').includes(l.name))) {
        console.log(`  ${l.name}: ${l.lon.toFixed(3)}, ${l.lat.toFixed(3)} area ${l.area.toFixed(2)}`);
      }
    }
  }
}

main();
