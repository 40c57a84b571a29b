import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../generated/readGenerated.ts';
import { downloadResponse } from '../../site/downloads.ts';

/** Each edition's Frictionless Data Package descriptor, at the root of the files it describes. */
export const getStaticPaths = (() =>
  editions().editions.map((edition) => ({ params: { edition } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadResponse(params.edition!, 'datapackage.json');
