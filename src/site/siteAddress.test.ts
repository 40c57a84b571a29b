import { describe, expect, it } from 'vitest';
import { basePath, PREVIEW_ORIGIN, siteAddress } from './siteAddress.ts';

describe('basePath', () => {
  it('writes a base path with one leading and one trailing slash', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('report')).toBe('/report/');
    expect(basePath('/ministry//reports/ca/')).toBe('/ministry/reports/ca/');
  });
});

describe('siteAddress', () => {
  it('takes the origin of SITE_URL, whose path is the base path', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org/report', BASE_PATH: '/report' })).toEqual({
      origin: 'https://example.org',
      preview: false,
    });
    expect(siteAddress({ SITE_URL: 'https://example.org/report/', BASE_PATH: 'report/' }).origin).toBe(
      'https://example.org',
    );
    expect(siteAddress({ SITE_URL: 'http://example.org:8080', BASE_PATH: '/report' })).toEqual({
      origin: 'http://example.org:8080',
      preview: false,
    });
  });

  it('is a local preview without SITE_URL, unless the build is for deployment', () => {
    expect(siteAddress({})).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    expect(siteAddress({ SITE_URL: ' ', DEPLOY: '0' })).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    expect(() => siteAddress({ DEPLOY: '1' })).toThrow('SITE_URL is not set: a deploy build (DEPLOY=1) needs');
    expect(() => siteAddress({ DEPLOY: 'true', SITE_URL: '' })).toThrow('SITE_URL is not set');
  });

  it('refuses an address that is not one, and a path other than BASE_PATH', () => {
    expect(() => siteAddress({ SITE_URL: 'example.org' })).toThrow('SITE_URL is not an address: "example.org"');
    expect(() => siteAddress({ SITE_URL: 'ftp://example.org' })).toThrow('SITE_URL is not an http(s) address');
    expect(() => siteAddress({ SITE_URL: 'https://example.org/report' })).toThrow(
      'SITE_URL\'s path "/report" is not BASE_PATH "/": set BASE_PATH to it',
    );
  });
});
