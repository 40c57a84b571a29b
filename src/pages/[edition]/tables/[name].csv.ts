import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse } from '../../../site/downloads.ts';

/** The CSV of every table placed in an edition: exactly the rows and columns the page shows. */
export const getStaticPaths = (() => downloadPaths('tables', '.csv')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadResponse(params.edition!, `tables/${params.name}.csv`);
