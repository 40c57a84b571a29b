import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse } from '../../../site/downloads.ts';

/** The data of every chart placed in an edition, as drawn. */
export const getStaticPaths = (() => downloadPaths('figures', '.csv')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadResponse(params.edition!, `figures/${params.name}.csv`);
