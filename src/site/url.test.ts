import { describe, expect, it } from 'vitest';
import { basePath } from './url.ts';

describe('basePath', () => {
  it('writes a base path with one leading and one trailing slash', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('report')).toBe('/report/');
    expect(basePath('/ministry//reports/ca/')).toBe('/ministry/reports/ca/');
  });
});
