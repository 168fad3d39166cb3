/**
 * The output formats, without their renderers: what the command line needs to parse its
 * options and print its help, so that loading it does not load a renderer.
 */
import type { Language } from '../messages/languages.js';

export const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx', 'html', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  readonly language: Language;
  readonly color: boolean;
  readonly excel: boolean;
  /**
   * The terminal table's width in columns: columns are left out or wrapped to fit it.
   * Absent: every column at its full width (--wide). Other formats ignore it.
   */
  readonly width?: number;
}

/** What a renderer gives: text, or bytes (xlsx, docx). */
export type Rendered = string | Uint8Array;

/** Formats that are bytes and must go to a file. */
export const BINARY_FORMATS: readonly Format[] = ['xlsx', 'docx'];

/** The format an output file's extension implies, if any. */
export function formatFromPath(path: string): Format | null {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'txt') return 'table';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'docx') return 'docx';
  return null;
}
