// Reading downloaded Office files (.docx, .xlsx) in browser tests without extra packages: a small zip reader
// (central directory, stored or deflated entries) and the cells of a worksheet. Enough to check what a user
// would see in Word or Excel; validity is the Open XML SDK's job (`workshopbot validate`, WorkshopBot.Cli).
import path from 'node:path';
import zlib from 'node:zlib';

// name → Buffer for every entry of a zip archive.
export function unzip(buffer) {
    const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error('Not a zip archive (no end of central directory).');
    const count = buffer.readUInt16LE(end + 10);
    let at = buffer.readUInt32LE(end + 16);
    const entries = new Map();
    for (let i = 0; i < count; i++) {
        if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`Broken central directory at ${at}.`);
        const method = buffer.readUInt16LE(at + 10);
        const compressedSize = buffer.readUInt32LE(at + 20);
        const nameLength = buffer.readUInt16LE(at + 28);
        const extraLength = buffer.readUInt16LE(at + 30);
        const commentLength = buffer.readUInt16LE(at + 32);
        const localHeader = buffer.readUInt32LE(at + 42);
        const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
        const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
        const data = buffer.subarray(dataStart, dataStart + compressedSize);
        entries.set(name, method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

// Element names without their namespace prefix (writers differ: "<x:row>" or "<row>").
const unprefixed = (xml) => xml.replace(/<(\/?)[A-Za-z][\w.-]*:/g, '<$1');
const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// The text of a Word document's body, paragraph by paragraph.
export function docxParagraphs(entries) {
    const xml = entries.get('word/document.xml')?.toString('utf8');
    if (!xml) throw new Error('No word/document.xml.');
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map(([p]) => unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
        .filter((text) => text.length > 0);
}

// The rows of the first worksheet as arrays of cell texts (shared and inline strings resolved).
export function xlsxRows(entries) {
    const shared = [...unprefixed(entries.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)]
        .map(([, si]) => unescapeXml([...si.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('')));
    const sheet = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort()[0];
    if (!sheet) throw new Error('No worksheet.');
    const xml = unprefixed(entries.get(sheet).toString('utf8'));
    return [...xml.matchAll(/<row[ >][\s\S]*?<\/row>/g)].map(([row]) => {
        const cells = [];
        for (const [, attributes, inner] of row.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
            const column = /r="([A-Z]+)\d+"/.exec(attributes)[1];
            const index = [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
            const type = /t="(\w+)"/.exec(attributes)?.[1];
            const value = /<v>([^<]*)<\/v>/.exec(inner ?? '')?.[1];
            cells[index] = type === 's' ? shared[Number(value)]
                : type === 'inlineStr' ? unescapeXml([...(inner ?? '').matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(''))
                    : value === undefined ? '' : unescapeXml(value);
        }
        return Array.from(cells, (c) => c ?? '');
    });
}

// The images the Word document's body shows (a:blip r:embed → its relationship → the part), as Buffers.
export function docxEmbeddedImages(entries) {
    const xml = entries.get('word/document.xml').toString('utf8');
    const rels = entries.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
    const targets = new Map([...rels.matchAll(/<Relationship ([^>]*)\/?>/g)].map(([, attributes]) => [
        /Id="([^"]+)"/.exec(attributes)?.[1], /Target="([^"]+)"/.exec(attributes)?.[1],
    ]));
    return [...xml.matchAll(/r:embed="([^"]+)"/g)].map(([, id]) => {
        const target = targets.get(id);
        if (!target) throw new Error(`Image relationship ${id} is missing.`);
        const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(`word/${target}`);
        const data = entries.get(part);
        if (!data) throw new Error(`Image part ${part} is missing.`);
        return data;
    });
}
