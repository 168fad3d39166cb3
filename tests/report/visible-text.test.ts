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

  it('leaves ordinary text, Swedish letters, backslashes and non-breaking spaces as they are', () => {
    expect(visibleText('Södermalm – Ärende\u00a0"x" C:\\data')).toBe('Södermalm – Ärende\u00a0"x" C:\\data');
  });

  it('escapes the text values and lists of a message’s arguments, not its numbers', () => {
    expect(visibleArgs({ column: 'A\u001b', values: ['b\n', 3], count: 2 })).toEqual({ column: 'A\\e', values: ['b\\n', 3], count: 2 });
  });
});

describe('escapeJsonControls', () => {
  it('escapes DEL and C1 inside JSON strings and parses back to the same value', () => {
    const value = { name: 'Norr\u009b31m\u007f' };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).toBe('{"name":"Norr\\u009b31m\\u007f"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
