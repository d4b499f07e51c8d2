import { readFileSync, statSync } from 'node:fs';
import type { Localized } from '../types';
import { rasterProblem, svgProblem } from './logo-limits';

/** Larger logos are refused rather than inflating every export. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export type LogoResult = { dataUri: string } | { problem: Localized };

const DATA_URI = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/;

/** True for the data URIs `readLogo` makes: the only image source the HTML export will write. */
export function isLogoDataUri(value: string): boolean {
  return DATA_URI.test(value);
}

/**
 * Reads the configured logo (`export.logo`) and embeds it as a data URI. The type is taken from
 * the file's bytes, not its name: PNG, JPEG, GIF, WebP or SVG. An SVG shown through `<img>` runs
 * no script and loads nothing, and the export's CSP allows only `data:` images anyway.
 */
export function readLogo(file: string): LogoResult {
  let bytes: Buffer;
  const unreadable = {
    problem: {
      en: `The logo ${file} cannot be read; it was left out.`,
      fr: `Le logo ${file} est illisible ; il a été omis.`,
    },
  };
  try {
    const stats = statSync(file);
    // A folder, a pipe or a device (`/dev/zero` never ends): not an image file.
    if (!stats.isFile()) return unreadable;
    if (stats.size > MAX_LOGO_BYTES) {
      return {
        problem: {
          en: `The logo ${file} is larger than 2 MB; it was left out.`,
          fr: `Le logo ${file} dépasse 2 Mo ; il a été omis.`,
        },
      };
    }
    bytes = readFileSync(file);
  } catch {
    return unreadable;
  }
  const type = imageType(bytes);
  if (type === SVG_WITH_ENTITIES) {
    return {
      problem: {
        en: `The logo ${file} is an SVG whose DOCTYPE declares entities (\`<!DOCTYPE svg [ <!ENTITY … > ]>\`, as Adobe Illustrator writes), which SocialPlan does not expand (they can grow without end); it was left out. Save it again as plain SVG, without the DOCTYPE, or as a PNG.`,
        fr: `Le logo ${file} est un SVG dont le DOCTYPE déclare des entités (\`<!DOCTYPE svg [ <!ENTITY … > ]>\`, comme l’écrit Adobe Illustrator), que SocialPlan ne développe pas (elles peuvent grossir sans fin) ; il a été omis. Enregistrez-le à nouveau en SVG simple, sans DOCTYPE, ou en PNG.`,
      },
    };
  }
  if (!type) {
    return {
      problem: {
        en: `The logo ${file} is not a PNG, JPEG, GIF, WebP or SVG image; it was left out.`,
        fr: `Le logo ${file} n’est pas une image PNG, JPEG, GIF, WebP ou SVG ; il a été omis.`,
      },
    };
  }
  const tooBig = logoProblem(bytes, type, file);
  if (tooBig) return { problem: tooBig };
  return { dataUri: `data:${type};base64,${bytes.toString('base64')}` };
}

/**
 * Why a logo would cost too much to draw (docs/limits.md, "Logos"), from its header or its text,
 * before anything decodes it: the export, the HTML and the preview all leave it out.
 */
export function logoProblem(bytes: Uint8Array, type: string, name: string): Localized | undefined {
  if (type === 'image/svg+xml') return svgProblem(Buffer.from(bytes).toString('utf8'), name);
  return rasterProblem(bytes, type, name);
}

/** An SVG refused for the entities of its DOCTYPE: not a type, a reason. */
const SVG_WITH_ENTITIES = 'svg-with-entities';

function imageType(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head))
    return 'image/svg+xml';
  // A DOCTYPE the test above did not pass: one with an internal subset (`[ <!ENTITY …> ]`).
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+svg\b/i.test(head)) return SVG_WITH_ENTITIES;
  return undefined;
}
