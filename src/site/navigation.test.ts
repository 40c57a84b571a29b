import { describe, expect, it } from 'vitest';
import { editionLinks } from './navigation.ts';

describe('editionLinks', () => {
  const editions = [
    { edition: '2009', paths: new Set(['kazakhstan/', 'methodology/']) },
    { edition: '2012', paths: new Set(['kazakhstan/', 'comparison/']) },
  ];

  it('keeps the reader on the same chapter where the other edition has it', () => {
    expect(editionLinks('2009', 'kazakhstan/', editions)).toEqual([
      { edition: '2009', href: '/2009/kazakhstan/', current: true, samePage: true },
      { edition: '2012', href: '/2012/kazakhstan/', current: false, samePage: true },
    ]);
  });

  it("leads to the other edition's contents where it lacks the chapter", () => {
    expect(editionLinks('2009', 'methodology/', editions)[1]).toEqual({
      edition: '2012',
      href: '/2012/',
      current: false,
      samePage: false,
    });
  });
});
