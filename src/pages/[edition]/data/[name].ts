import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse } from '../../../site/downloads.ts';

/** The data files of each edition (estimates, reconciliation, codebook), as the downloads page lists them. */
export const getStaticPaths = (() => downloadPaths('data', '')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadResponse(params.edition!, `data/${params.name}`);
