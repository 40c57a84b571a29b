/** The part of datapackage-js (Frictionless, no types of its own) that the tests use. */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    read(options: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
