import { Package } from 'datapackage';

/** A fault of datapackage-js, with the rows' own errors when a read fails on several. */
const described = (resource: string, error: Error & { errors?: Error[] }) =>
  [error, ...(error.errors ?? [])].map((e) => `${resource}: ${e.message}`);

/**
 * Everything datapackage-js (Frictionless) finds wrong with the package in `dir`: the descriptor
 * against the Data Package profile, then every row of every resource cast against its Table Schema
 * (types, enums, required cells, primary keys).
 * @param descriptor another descriptor for the same files, to show that a fault is caught
 */
export async function dataPackageFaults(
  dir: string,
  descriptor: object | string = `${dir}/datapackage.json`,
): Promise<{ resources: number; rows: number; faults: string[] }> {
  const pack = await Package.load(descriptor, { basePath: dir });
  const faults = pack.errors.map((e) => `datapackage.json: ${e.message}`);
  let rows = 0;
  for (const resource of pack.resources) {
    try {
      rows += (await resource.read({ keyed: true, cast: true })).length;
    } catch (error) {
      faults.push(...described(resource.name, error as Error));
    }
  }
  return { resources: pack.resources.length, rows, faults };
}
