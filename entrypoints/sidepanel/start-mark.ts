/**
 * Imported first by main.tsx, so this runs before Preact, zod and the panel's modules are evaluated:
 * the browser tests measure the panel's first render from this mark to the first painted checklist.
 */
performance.mark('panel:script-start');
