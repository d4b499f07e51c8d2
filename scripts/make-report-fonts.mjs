#!/usr/bin/env node
// Makes the fonts the PDF export embeds, assets/fonts/Roboto/*.ttf, from Roboto as Google ships it
// (assets/fonts/Roboto/source/, Apache License 2.0). Run it after changing the sources:
//   node scripts/make-report-fonts.mjs
//
// Why: laying text out, fontkit runs every word through the OpenType engine (GSUB, then GPOS),
// which costs about 0.1–0.2 ms a word when the process is cold, most of a 50-page export's layout
// time. The fonts made here keep the same outlines and metrics and the same kerning, but hold it in
// a compact `kern` table (Apple's format 3: glyph classes and a class-pair index) that fontkit
// applies with a table look-up, and drop GSUB, GPOS and GDEF. What is lost: the f-ligatures (fi, fl,
// ff) and mark positioning for decomposed accents (the report composes accents first). The kerning
// is exactly GPOS's `kern` feature for every pair of characters the fonts map; a test checks it
// against the source fonts word by word.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'node_modules', 'pdfkit', 'package.json'));
const fontkit = require('fontkit');

export const FONT_DIR = join(root, 'assets', 'fonts', 'Roboto');
export const FACES = ['Roboto-Regular', 'Roboto-Medium', 'Roboto-Italic', 'Roboto-MediumItalic'];
const DROPPED = new Set(['GSUB', 'GPOS', 'GDEF']);

/** The report font made from the bytes of a source font. */
export function reportFont(source) {
  const font = fontkit.create(source);
  const tables = readTables(source).filter((table) => !DROPPED.has(table.tag));
  tables.push({ tag: 'kern', data: kernTable(font) });
  return writeFont(source.readUInt32BE(0), tables);
}

/** The source font without its OpenType layout tables: what the report font must match. */
export function withoutLayoutTables(source) {
  return writeFont(
    source.readUInt32BE(0),
    readTables(source).filter((table) => !DROPPED.has(table.tag)),
  );
}

// -----------------------------------------------------------------------------------------------
// Kerning: GPOS `kern` → classes

/** Horizontal advance adjustment GPOS's `kern` feature gives the pair (left, right). */
function gposKerning(font) {
  const gpos = font.GPOS;
  const indexes = [
    ...new Set(
      gpos.featureList
        .filter((feature) => feature.tag === 'kern')
        .flatMap((feature) => feature.feature.lookupListIndexes),
    ),
  ].sort((a, b) => a - b);
  const lookups = indexes.map((index) => gpos.lookupList.get(index));
  for (const lookup of lookups) {
    if (lookup.lookupType !== 2)
      throw new Error(`kern lookup of type ${lookup.lookupType}: only pair adjustment is supported`);
    for (const subtable of lookup.subTables)
      if (hasAny(subtable.valueFormat2)) throw new Error('kern pairs that move the second glyph are not supported');
  }
  const pairSets = new Map();
  return (left, right) => {
    let total = 0;
    for (const lookup of lookups) {
      for (const subtable of lookup.subTables) {
        const index = coverageIndex(subtable.coverage, left);
        if (index < 0) continue;
        if (subtable.version === 1) {
          let set = pairSets.get(subtable)?.get(index);
          if (!set) {
            set = new Map();
            const records = subtable.pairSets.get(index);
            for (let i = 0; i < records.length; i++) {
              const record = records.get ? records.get(i) : records[i];
              set.set(record.secondGlyph, record.value1.xAdvance ?? 0);
            }
            if (!pairSets.has(subtable)) pairSets.set(subtable, new Map());
            pairSets.get(subtable).set(index, set);
          }
          if (!set.has(right)) continue;
          total += set.get(right);
          break;
        }
        const class2 = classOf(subtable.classDef2, right);
        if (class2 >= subtable.class2Count) continue;
        total += subtable.classRecords.get(classOf(subtable.classDef1, left)).get(class2).value1.xAdvance ?? 0;
        break;
      }
    }
    return total;
  };
}

function hasAny(format) {
  return !!format && Object.values(format).some(Boolean);
}

function coverageIndex(coverage, glyph) {
  if (coverage.version === 1) return coverage.glyphs.indexOf(glyph);
  for (const range of coverage.rangeRecords)
    if (glyph >= range.start && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
  return -1;
}

function classOf(definition, glyph) {
  if (!definition) return 0;
  if (definition.version === 1) {
    const index = glyph - definition.startGlyph;
    return index >= 0 && index < definition.classValueArray.length ? definition.classValueArray[index] : 0;
  }
  for (const range of definition.classRangeRecord) if (glyph >= range.start && glyph <= range.end) return range.class;
  return 0;
}

/**
 * The kerning of every pair of mapped glyphs as an Apple `kern` table (version 1.0) with one
 * format 3 subtable: glyphs with the same row of values share a left class, glyphs with the same
 * column a right class, and each class pair indexes a list of distinct values.
 */
function kernTable(font) {
  const kerning = gposKerning(font);
  const glyphs = [
    ...new Set(font.characterSet.filter((code) => code >= 0x20).map((code) => font.glyphForCodePoint(code).id)),
  ]
    .filter((id) => id > 0)
    .sort((a, b) => a - b);
  const matrix = glyphs.map((left) => glyphs.map((right) => kerning(left, right)));
  const values = [0, ...[...new Set(matrix.flat())].filter((value) => value !== 0).sort((a, b) => a - b)];
  const classes = (keyOf) => {
    const ids = new Map([[glyphs.map(() => 0).join(','), 0]]);
    return glyphs.map((_, index) => {
      const key = keyOf(index);
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key);
    });
  };
  const leftClasses = classes((index) => matrix[index].join(','));
  const rightClasses = classes((index) => matrix.map((row) => row[index]).join(','));
  const leftCount = Math.max(...leftClasses) + 1;
  const rightCount = Math.max(...rightClasses) + 1;
  if (values.length > 255 || leftCount > 255 || rightCount > 255)
    throw new Error(
      `kerning too rich for a format 3 table: ${values.length} values, ${leftCount} × ${rightCount} classes`,
    );
  const glyphCount = glyphs[glyphs.length - 1] + 1;
  const leftOf = new Uint8Array(glyphCount);
  const rightOf = new Uint8Array(glyphCount);
  glyphs.forEach((glyph, index) => {
    leftOf[glyph] = leftClasses[index];
    rightOf[glyph] = rightClasses[index];
  });
  const index = new Uint8Array(leftCount * rightCount);
  glyphs.forEach((_, row) =>
    glyphs.forEach(
      (__, column) =>
        (index[leftClasses[row] * rightCount + rightClasses[column]] = values.indexOf(matrix[row][column])),
    ),
  );

  const body = Buffer.alloc(6 + values.length * 2 + glyphCount * 2 + index.length);
  let at = body.writeUInt16BE(glyphCount, 0);
  at = body.writeUInt8(values.length, at);
  at = body.writeUInt8(leftCount, at);
  at = body.writeUInt8(rightCount, at);
  at = body.writeUInt8(0, at);
  for (const value of values) at = body.writeInt16BE(value, at);
  for (const array of [leftOf, rightOf, index]) {
    Buffer.from(array).copy(body, at);
    at += array.length;
  }
  // Table header: version 1.0, one subtable; subtable header: length, coverage (horizontal), format 3, tuple index.
  const header = Buffer.alloc(8 + 8);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt32BE(8 + body.length, 8);
  header.writeUInt8(0, 12);
  header.writeUInt8(3, 13);
  header.writeUInt16BE(0, 14);
  return Buffer.concat([header, body]);
}

// -----------------------------------------------------------------------------------------------
// The sfnt container

function readTables(buffer) {
  const count = buffer.readUInt16BE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 12 + index * 16;
    const offset = buffer.readUInt32BE(at + 8);
    return {
      tag: buffer.toString('latin1', at, at + 4),
      data: buffer.subarray(offset, offset + buffer.readUInt32BE(at + 12)),
    };
  });
}

function checksum(data) {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

function writeFont(version, tables) {
  tables = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const head = tables.find((table) => table.tag === 'head');
  if (head) {
    head.data = Buffer.from(head.data);
    head.data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
  }
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const directory = Buffer.alloc(12 + count * 16);
  directory.writeUInt32BE(version, 0);
  directory.writeUInt16BE(count, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = directory.length;
  const bodies = [];
  tables.forEach((table, index) => {
    const at = 12 + index * 16;
    directory.write(table.tag, at, 'latin1');
    directory.writeUInt32BE(checksum(table.data), at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([directory, ...bodies]);
  if (head) {
    const headOffset = directory.readUInt32BE(12 + tables.indexOf(head) * 16 + 8);
    font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  }
  return font;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const face of FACES) {
    const source = readFileSync(join(FONT_DIR, 'source', `${face}.ttf`));
    const made = reportFont(source);
    writeFileSync(join(FONT_DIR, `${face}.ttf`), made);
    process.stdout.write(
      `${face}.ttf: ${Math.round(source.length / 1024)} KB → ${Math.round(made.length / 1024)} KB\n`,
    );
  }
}
