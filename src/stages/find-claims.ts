import type { Doc } from '../types.js';
export function findClaims(doc: Doc): Doc { return doc; }
