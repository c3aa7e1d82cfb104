// Organisation colours come from the server as any #RRGGBB; the note background is a tint of that colour
// over the theme's card surface, and the text colour is chosen so the contrast is at least 4.5:1 (WCAG AA).
const surfaces = {
    default: { surface: '#FFFFFF', tint: 0.22 },
    dark: { surface: '#292929', tint: 0.38 },
    contrast: { surface: '#000000', tint: 0 },
};
const darkText = '#242424';
const lightText = '#FFFFFF';

export function parseHex(hex) {
    const match = /^#?([0-9a-f]{6})$/i.exec(String(hex ?? '').trim());
    if (!match) {
        return null;
    }
    const value = parseInt(match[1], 16);
    return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex(rgb) {
    return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function channel(c) {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(rgb) {
    return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

export function contrastRatio(a, b) {
    const la = luminance(a);
    const lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function mix(colour, surface, amount) {
    return colour.map((c, i) => c * amount + surface[i] * (1 - amount));
}

// Returns {background, text, accent} as #RRGGBB for a note of this organisation colour in this theme.
// The same few organisation colours come back for every note: work each out once per theme.
const computed = new Map();

export function noteColours(orgHex, theme) {
    const key = `${orgHex}|${theme}`;
    if (!computed.has(key)) {
        computed.set(key, computeNoteColours(orgHex, theme));
    }
    return computed.get(key);
}

function computeNoteColours(orgHex, theme) {
    const { surface, tint } = surfaces[theme] ?? surfaces.default;
    const colour = parseHex(orgHex) ?? parseHex('#8A8886');
    const background = mix(colour, parseHex(surface), tint);
    // Prefer the softer Fluent near-black; pure black always reaches 4.5:1 where white does not
    // (white needs luminance <= 0.183, black >= 0.175), so there is no background without a choice.
    const candidates = [parseHex(darkText), parseHex(lightText), [0, 0, 0]];
    const text = candidates.find((c) => contrastRatio(background, c) >= 4.5)
        ?? candidates.reduce((best, c) => (contrastRatio(background, c) > contrastRatio(background, best) ? c : best));
    return { background: toHex(background), text: toHex(text), accent: toHex(colour) };
}
