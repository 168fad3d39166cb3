/** visibleText: every control character (C0, DEL, C1) shown as one readable escape, all other text unchanged. */
import { describe, expect, it } from 'vitest';
import { escapeJsonControls, visibleArgs, visibleText } from '../../src/report/visible-text.js';

describe('visibleText', () => {
  it('writes ESC as \\e, line breaks and tab by name, other C0 and DEL as \\xHH, C1 as \\uHHHH', () => {
    expect(visibleText('a\u001b[2Jb')).toBe('a\\e[2Jb');
    expect(visibleText('\u001b]0;title\u0007')).toBe('\\e]0;title\\x07');
    expect(visibleText('x\ny\r\tz')).toBe('x\\ny\\r\\tz');
    expect(visibleText('\u0000\u007f\u0080\u009b\u009f')).toBe('\\x00\\x7f\\u0080\\u009b\\u009f');
  });

  it('escapes the bidirectional controls and the line and paragraph separators as \\uHHHH', () => {
    // Issue 13: U+202E could reverse the text that follows it on screen ("Trojan Source"),
    // U+2028 and U+2029 break the line in some terminals and viewers.
    expect(visibleText('Kista\u202etxt.exe')).toBe('Kista\\u202etxt.exe');
    expect(visibleText('\u202a\u202b\u202c\u202d\u202e')).toBe('\\u202a\\u202b\\u202c\\u202d\\u202e');
    expect(visibleText('\u2066\u2067\u2068\u2069')).toBe('\\u2066\\u2067\\u2068\\u2069');
    expect(visibleText('a\u200eb\u200fc')).toBe('a\\u200eb\\u200fc');
    expect(visibleText('rad\u2028två\u2029tre')).toBe('rad\\u2028två\\u2029tre');
  });

  it('leaves ordinary text, Swedish letters, backslashes and non-breaking spaces as they are', () => {
    expect(visibleText('Södermalm – Ärende\u00a0"x" C:\\data')).toBe('Södermalm – Ärende\u00a0"x" C:\\data');
  });

  it('escapes the text values and lists of a message’s arguments, not its numbers', () => {
    expect(visibleArgs({ column: 'A\u001b', values: ['b\n', 3], count: 2 })).toEqual({ column: 'A\\e', values: ['b\\n', 3], count: 2 });
  });
});

describe('escapeJsonControls', () => {
  it('escapes the bidirectional controls and U+2028/U+2029 too, and parses back to the same value', () => {
    const value = { name: 'Kista\u202eabc\u2066\u2028' };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).toBe('{"name":"Kista\\u202eabc\\u2066\\u2028"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes DEL and C1 inside JSON strings and parses back to the same value', () => {
    const value = { name: 'Norr\u009b31m\u007f' };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).toBe('{"name":"Norr\\u009b31m\\u007f"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
