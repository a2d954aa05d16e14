// Types of scripts/next-patches.mjs, plain JavaScript so that npm's postinstall runs it without tsx.
export type NextPatch = { why: string; files: string[]; find: string; replace: string };
export const PATCHES: NextPatch[];
export function applyPatch(text: string, patch: NextPatch, file: string): string;
export function patchNext(nextDir: string): number;
