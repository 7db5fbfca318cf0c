// The drawing kit of the sample illustrations: an SVG scene built in code (a 1500 × 1000 or
// 1000 × 1500 design space, rasterised at any size), colour arithmetic and a seeded random source,
// so that every run draws exactly the same picture.

/** mulberry32: small, fast and the same on every platform, unlike Math.random. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.range = (low, high) => low + (high - low) * next();
  next.pick = (items) => items[Math.floor(next() * items.length)];
  return next;
}

function channels(hex) {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb) {
  return `#${rgb
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `a` moved towards `b` by `t` (0 … 1). */
export function mix(a, b, t) {
  const x = channels(a);
  const y = channels(b);
  return toHex(x.map((v, i) => v + (y[i] - v) * t));
}

/** Lighter (amount > 0, towards white) or darker (amount < 0, towards a deep blue-black, as shadows read in print). */
export function shade(hex, amount) {
  return amount >= 0 ? mix(hex, '#ffffff', amount) : mix(hex, '#141a2e', -amount);
}

/** Numbers in the markup kept short and stable. */
export function n(value) {
  return String(Number(value.toFixed(2)));
}

export function pts(points) {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

function attrs(extra) {
  return Object.entries(extra)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? n(value) : value}"`)
    .join('');
}

export class Scene {
  constructor(width = 1500, height = 1000) {
    this.width = width;
    this.height = height;
    this.defs = [];
    this.body = [];
    this.count = 0;
  }

  id(prefix) {
    this.count += 1;
    return `${prefix}${this.count}`;
  }

  /** A linear gradient (in the shape's own box unless `user` is set); stops: [offset, colour, opacity?]. */
  lin(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false) {
    const id = this.id('l');
    const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
    this.defs.push(
      `<linearGradient id="${id}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${units}>${stopsOf(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** A radial gradient centred at (cx, cy) with radius r (box units unless `user`). */
  rad(stops, cx = 0.5, cy = 0.5, r = 0.5, user = false) {
    const id = this.id('r');
    const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
    this.defs.push(`<radialGradient id="${id}" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"${units}>${stopsOf(stops)}</radialGradient>`);
    return `url(#${id})`;
  }

  blur(deviation) {
    const id = this.id('f');
    this.defs.push(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${n(deviation)}"/></filter>`,
    );
    return `url(#${id})`;
  }

  clip(markup) {
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}">${markup}</clipPath>`);
    return `url(#${id})`;
  }

  add(markup) {
    this.body.push(markup);
  }

  rect(x, y, w, h, fill, extra = {}) {
    this.add(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${attrs(extra)}/>`);
  }

  poly(points, fill, extra = {}) {
    this.add(`<polygon points="${pts(points)}" fill="${fill}"${attrs(extra)}/>`);
  }

  path(d, fill, extra = {}) {
    this.add(`<path d="${d}" fill="${fill}"${attrs(extra)}/>`);
  }

  line(points, stroke, width, extra = {}) {
    this.add(
      `<polyline points="${pts(points)}" fill="none" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"${attrs(extra)}/>`,
    );
  }

  circle(cx, cy, r, fill, extra = {}) {
    this.add(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(extra)}/>`);
  }

  ellipse(cx, cy, rx, ry, fill, extra = {}) {
    this.add(`<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(extra)}/>`);
  }

  /** Everything drawn inside `draw` goes into one group with these attributes. */
  group(extra, draw) {
    this.add(`<g${attrs(extra)}>`);
    draw();
    this.add('</g>');
  }

  /** Soft light or shadow: a blurred ellipse. */
  glow(cx, cy, rx, ry, colour, opacity, soft = 40) {
    this.ellipse(cx, cy, rx, ry, colour, { opacity, filter: this.blur(soft) });
  }

  /** Film grain and a faint vignette, the finish that keeps flat colour from looking like a diagram. */
  finish(seed, { vignette = 0.28, grain = 0.05 } = {}) {
    const { width, height } = this;
    this.rect(
      0,
      0,
      width,
      height,
      this.rad(
        [
          [0.55, '#000', 0],
          [1, '#0b1020', vignette],
        ],
        0.5,
        0.5,
        0.75,
      ),
    );
    if (grain > 0) {
      const id = this.id('g');
      this.defs.push(
        `<filter id="${id}" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${seed}"/><feColorMatrix values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 ${grain * 4} 0"/><feComposite operator="in" in2="SourceGraphic"/></filter>`,
      );
      this.rect(0, 0, width, height, '#808080', { filter: `url(#${id})`, style: 'mix-blend-mode:overlay' });
    }
  }

  /** The SVG, drawn from the design space onto `outWidth` × `outHeight` pixels. */
  svg(outWidth, outHeight) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${outWidth}" height="${outHeight}" viewBox="0 0 ${this.width} ${this.height}" preserveAspectRatio="xMidYMid slice"><defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`;
  }
}

function stopsOf(stops) {
  return stops
    .map(
      ([offset, colour, opacity = 1]) =>
        `<stop offset="${n(offset)}" stop-color="${colour}"${opacity === 1 ? '' : ` stop-opacity="${n(opacity)}"`}/>`,
    )
    .join('');
}
