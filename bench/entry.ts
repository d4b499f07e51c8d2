// What bench/latency.mjs needs from the engine, bundled by bench/run.mjs into bench/.work/entry.cjs.
export { Linter } from '../src/core/lint/linter';
export { CachedFileHost, NodeFileHost } from '../src/core/workspace/host';
export { parseSocialDocument } from '../src/core/document/document';
export { bundledSchemas } from '../src/core/schema/validator';
