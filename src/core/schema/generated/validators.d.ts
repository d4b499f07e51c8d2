// Types of the file scripts/gen-validators.mjs writes at build time (validators.js, not committed).
import type { ValidateFunction } from 'ajv';

export const plan: ValidateFunction;
export const step: ValidateFunction;
export const charter: ValidateFunction;
export const annex: ValidateFunction;
export const results: ValidateFunction;
export const calendar: ValidateFunction;
export const config: ValidateFunction;
export const schemaHash: string;
