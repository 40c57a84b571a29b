import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_CONTACT, publisherOf } from './publisher.ts';

describe('the publisher of a copy of the site', () => {
  it("takes the name and the corrections contact from the build's settings", () => {
    expect(publisherOf({ PUBLISHER_NAME: 'RCMRI', CORRECTIONS_CONTACT: 'mailto:data@rcmri.kg' })).toEqual({
      name: 'RCMRI',
      corrections: 'mailto:data@rcmri.kg',
    });
  });

  it('links to a placeholder in a local build, and refuses it in a deploy build', () => {
    expect(publisherOf({}).corrections).toBe(PLACEHOLDER_CONTACT);
    expect(() => publisherOf({ DEPLOY: '1' })).toThrow(
      'CORRECTIONS_CONTACT is not set: a deploy build (DEPLOY=1) needs an address where readers report a wrong ' +
        'number, e.g. CORRECTIONS_CONTACT=mailto:corrections@your-organisation.org',
    );
    expect(publisherOf({ DEPLOY: '1', CORRECTIONS_CONTACT: 'https://github.com/o/r/issues' }).corrections).toBe(
      'https://github.com/o/r/issues',
    );
  });

  it('refuses a contact a reader cannot follow', () => {
    expect(() => publisherOf({ CORRECTIONS_CONTACT: 'data@rcmri.kg' })).toThrow(
      'CORRECTIONS_CONTACT is not a mailto: or http(s) address: "data@rcmri.kg"',
    );
  });
});
