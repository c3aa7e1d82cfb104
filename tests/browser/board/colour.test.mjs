// Note colours: whatever organisation colour the server sends, the note text keeps 4.5:1 contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteColours, contrastRatio, parseHex } from '../../../src/WorkshopBot.Web/wwwroot/board/colour.js';

const sample = [];
for (let r = 0; r <= 255; r += 51) {
    for (let g = 0; g <= 255; g += 51) {
        for (let b = 0; b <= 255; b += 51) {
            sample.push(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
        }
    }
}

for (const theme of ['default', 'dark', 'contrast']) {
    test(`every organisation colour keeps note text at 4.5:1 or more in the ${theme} theme`, () => {
        const failures = sample.filter((hex) => {
            const c = noteColours(hex, theme);
            return contrastRatio(parseHex(c.background), parseHex(c.text)) < 4.5;
        });

        assert.deepEqual(failures, []);
    });
}

test('an invalid colour from the server falls back to neutral grey instead of breaking the note', () => {
    const colours = noteColours('not-a-colour', 'default');

    assert.equal(colours.accent, '#8A8886');
});
