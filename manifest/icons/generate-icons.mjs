// Draws the two Teams app icons (original artwork: a compass rose for the Kwaliteitskompas)
// and writes them as PNG files next to manifest.json. Uses only Node core so it runs on any
// machine that can build the project:  node manifest/icons/generate-icons.mjs
//
// Teams requires: color.png 192x192 full colour; outline.png 32x32, white (#FFFFFF) on a
// transparent background (only the alpha channel may vary).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const manifestDir = join(dirname(fileURLToPath(import.meta.url)), "..");

// --- PNG encoding ----------------------------------------------------------------------------

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace

  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None keeps the decoder in the test simple
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// --- Geometry --------------------------------------------------------------------------------

function insideTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (px - bx) * (ay - by) - (ax - bx) * (py - by);
  const d2 = (px - cx) * (by - cy) - (bx - cx) * (py - cy);
  const d3 = (px - ax) * (cy - ay) - (cx - ax) * (py - ay);
  const hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNeg && hasPos);
}

function insideRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// The compass rose: four long points (N, E, S, W) and four short ones between them. Each point
// is two triangles, a light and a dark half, so the rose reads as folded paper.
function compassHalves(center, longRadius, shortRadius, innerRadius, withDiagonals) {
  const halves = [];
  const polar = (angle, r) => [center + r * Math.sin(angle), center - r * Math.cos(angle)];
  const addPoint = (angle, r, isMain, index) => {
    const tip = polar(angle, r);
    const left = polar(angle - Math.PI / 4, innerRadius);
    const right = polar(angle + Math.PI / 4, innerRadius);
    const mid = [center, center];
    halves.push({ tri: [mid, tip, left], light: true, isMain, index });
    halves.push({ tri: [mid, tip, right], light: false, isMain, index });
  };
  if (withDiagonals) {
    for (let i = 0; i < 4; i++) addPoint(Math.PI / 4 + (i * Math.PI) / 2, shortRadius, false, i);
  }
  for (let i = 0; i < 4; i++) addPoint((i * Math.PI) / 2, longRadius, true, i);
  return halves;
}

// Supersampled rasteriser: paint(x, y) returns [r, g, b, a] (0..255) or null for transparent.
function rasterize(size, samples, paint) {
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
          if (c) {
            const alpha = c[3] / 255;
            r += c[0] * alpha;
            g += c[1] * alpha;
            b += c[2] * alpha;
            a += alpha;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return out;
}

// --- Colour icon (192x192) -------------------------------------------------------------------

function colorIcon() {
  const size = 192;
  const c = size / 2;
  const deepTeal = [18, 84, 104];
  const teal = [28, 118, 140];
  const ring = [232, 244, 247];
  const orange = [242, 148, 46];
  const darkOrange = [201, 104, 20];
  const white = [255, 255, 255];
  const mist = [190, 214, 222];
  const shortLight = [120, 186, 204];
  const shortDark = [84, 150, 170];
  const halves = compassHalves(c, 64, 38, 13, true);

  return rasterize(size, 4, (x, y) => {
    if (!insideRoundedSquare(x, y, size, 36)) return null;
    const d = Math.hypot(x - c, y - c);
    // Main points are drawn last, so search from the end for the topmost shape.
    for (let i = halves.length - 1; i >= 0; i--) {
      const h = halves[i];
      if (insideTriangle(x, y, ...h.tri)) {
        if (!h.isMain) return [...(h.light ? shortLight : shortDark), 255];
        if (h.index === 0) return [...(h.light ? orange : darkOrange), 255];
        return [...(h.light ? white : mist), 255];
      }
    }
    if (d >= 72 && d <= 78) return [...ring, 255];
    if (d <= 3) return [...deepTeal, 255];
    // A soft vertical gradient keeps the tile from looking flat.
    const t = y / size;
    return [
      Math.round(teal[0] * (1 - t) + deepTeal[0] * t),
      Math.round(teal[1] * (1 - t) + deepTeal[1] * t),
      Math.round(teal[2] * (1 - t) + deepTeal[2] * t),
      255,
    ];
  });
}

// --- Outline icon (32x32) --------------------------------------------------------------------

function outlineIcon() {
  const size = 32;
  const c = size / 2;
  const halves = compassHalves(c, 12.5, 0, 3.2, false);
  return rasterize(size, 8, (x, y) => {
    const d = Math.hypot(x - c, y - c);
    const onRing = d >= 13.5 && d <= 15.2;
    const onRose = halves.some((h) => insideTriangle(x, y, ...h.tri));
    return onRing || onRose ? [255, 255, 255, 255] : null;
  });
}

writeFileSync(join(manifestDir, "color.png"), encodePng(192, colorIcon()));
writeFileSync(join(manifestDir, "outline.png"), encodePng(32, outlineIcon()));
console.log("Wrote color.png (192x192) and outline.png (32x32) to " + manifestDir);
