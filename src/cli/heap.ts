import { setFlagsFromString } from 'node:v8';

/**
 * The CLI is a short process that builds big short-lived trees (Markdown, layout boxes, PDF objects).
 * V8 grows its young generation for them up to 16 MB a semi-space (32 MB held), which is most of the
 * gap between the heap's live objects and the process's peak memory; kept at its initial 1 MB a
 * semi-space, the 50-page bench plan's PDF export peaks about 20 MB lower for the same CPU time
 * (docs/exporting.md, "The PDF"). The flag is read each time the young generation would
 * grow, so it must be set before the first collection: src/cli/main.ts imports this module before
 * any other. The editor's extension host keeps Node's defaults.
 */
setFlagsFromString('--semi-space-growth-factor=1');
