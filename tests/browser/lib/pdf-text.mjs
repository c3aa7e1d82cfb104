// The text of a PDF that headless Chromium printed, enough to assert that words are on the page. Chromium
// (Skia) writes text as glyph ids in hex strings (<0012003A> Tj, [<…> 3 <…>] TJ) in Flate-compressed
// content streams, and one ToUnicode CMap per font maps glyph ids back to text. Without a PDF library in
// the repository, this inflates every stream, reads the CMaps and decodes the hex strings with each of
// them: pagesText() answers one decoding per CMap, whitespace removed, and a word is "on the page" when
// one of them contains it. Good for assertions, not a general PDF reader.
import zlib from 'node:zlib';

function streams(pdf) {
    const out = [];
    const bytes = Buffer.from(pdf);
    let at = 0;
    for (;;) {
        const start = bytes.indexOf('stream', at, 'latin1');
        if (start < 0) {
            break;
        }
        let body = start + 'stream'.length;
        if (bytes[body] === 0x0d) {
            body += 1;
        }
        if (bytes[body] === 0x0a) {
            body += 1;
        }
        const end = bytes.indexOf('endstream', body, 'latin1');
        if (end < 0) {
            break;
        }
        const raw = bytes.subarray(body, end);
        try {
            out.push(zlib.inflateSync(raw).toString('latin1'));
        } catch {
            out.push(raw.toString('latin1'));
        }
        at = end + 'endstream'.length;
    }
    return out;
}

function hexToText(hex) {
    let text = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) {
        text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    }
    return text;
}

function parseCMap(source) {
    const map = new Map();
    for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const [, from, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
            map.set(parseInt(from, 16), hexToText(to));
        }
    }
    for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
            const low = parseInt(lo, 16);
            const high = parseInt(hi, 16);
            if (rest.startsWith('[')) {
                [...rest.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach(([, to], i) => map.set(low + i, hexToText(to)));
            } else {
                const base = parseInt(rest.slice(1, -1), 16);
                for (let code = low; code <= high; code += 1) {
                    map.set(code, String.fromCodePoint(base + code - low));
                }
            }
        }
    }
    return map;
}

export function pagesText(pdf) {
    const all = streams(pdf);
    const cmaps = all.filter((s) => s.includes('begincmap')).map(parseCMap);
    const hexes = all
        .filter((s) => !s.includes('begincmap') && /T[jJ]/.test(s))
        .flatMap((s) => [...s.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1]));
    return cmaps.map((map) => hexes
        .map((hex) => {
            let text = '';
            for (let i = 0; i + 4 <= hex.length; i += 4) {
                text += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
            }
            return text;
        })
        .join('')
        .replace(/\s+/g, ''));
}

export function pdfContains(pdf, text) {
    const wanted = text.replace(/\s+/g, '');
    return pagesText(pdf).some((decoded) => decoded.includes(wanted));
}

// Page sizes in points from the /MediaBox entries (A3 landscape is 1190.55 × 841.89).
export function pageSizes(pdf) {
    return [...Buffer.from(pdf).toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)]
        .map(([, w, h]) => ({ width: Number(w), height: Number(h) }));
}
