import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse } from '../../../site/downloads.ts';

/** Every chart placed in an edition, as a standalone SVG file with its title and source. */
export const getStaticPaths = (() => downloadPaths('figures', '.svg')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => downloadResponse(params.edition!, `figures/${params.name}.svg`);
