import { deflateSync } from 'node:zlib';
import type { PdfKitDocument } from './pdfkit';

/**
 * Object streams and a cross-reference stream (PDF 1.5, ISO 32000-1 §7.5.7 and §7.5.8) for the
 * document pdfkit writes. A tagged PDF is mostly small dictionaries (one a structure element, a
 * marked-content reference, an annotation: several thousand for the 50-page bench plan), which pdfkit
 * writes each as its own uncompressed object with a 20-byte line in the cross-reference table; that
 * more than doubled the file. Here every object without a stream goes, as pdfkit serialises it, into
 * an object stream of up to `OBJECTS_PER_STREAM` objects, compressed; streams (pages' content, fonts,
 * images) are written as pdfkit writes them; the cross-reference table becomes a compressed stream.
 * Nothing else changes: the same objects and content; only the object streams take numbers of their
 * own (docs/exporting.md, "The PDF").
 *
 * pdfkit has no option for this, so it is done on its internals (pdfkit 0.19: `ref()`, `_write`,
 * `_refEnd`, `_offsets`, `_finalize`); test/core/render/pdf-accessibility.test.ts and the PDF tests read
 * every PDF made this way with poppler and pdf.js. An encrypted document is left as pdfkit writes it.
 */

const OBJECTS_PER_STREAM = 200;

interface Reference {
  readonly id: number;
  offset: number;
  data: Record<string, unknown>;
  buffer: unknown[] | Buffer;
  finalize(): void;
  write(chunk: Uint8Array): void;
  end(): void;
}

interface Internals {
  ref(data?: Record<string, unknown>): Reference;
  end(): void;
  push(chunk: Buffer | null): boolean;
  _write(data: string | Buffer): void;
  _refEnd(ref: Reference): void;
  _finalize(): void;
  _offsets: (number | null)[];
  _offset: number;
  _root: Reference;
  _info: Reference;
  _id: Buffer;
  _security?: unknown;
}

interface Batch {
  stream: Reference;
  objects: { id: number; body: string }[];
}

export function writeObjectStreams(doc: PdfKitDocument): void {
  const pdf = doc as unknown as Internals;
  if (pdf._security) return;
  /** Object number → [its object stream's number, its index in it]. */
  const packed = new Map<number, [number, number]>();
  let batch: Batch | undefined;
  let ending = false;

  const plainRef = pdf.ref.bind(pdf);
  const flush = () => {
    if (!batch) return;
    const { stream, objects } = batch;
    batch = undefined;
    let header = '';
    let body = '';
    for (const object of objects) {
      header += `${object.id} ${body.length} `;
      body += `${object.body}\n`;
    }
    stream.data.N = objects.length;
    stream.data.First = header.length;
    stream.write(Buffer.from(header + body, 'binary'));
    stream.end();
  };
  const pack = (ref: Reference, finalize: () => void) => {
    const parts: string[] = [];
    const write = pdf._write;
    const refEnd = pdf._refEnd;
    // pdfkit's own serialisation of the object, caught instead of written: `N 0 obj`, the object, `endobj`.
    pdf._write = (data) => {
      parts.push(typeof data === 'string' ? data : data.toString('binary'));
    };
    pdf._refEnd = () => undefined;
    try {
      finalize();
    } finally {
      pdf._write = write;
      pdf._refEnd = refEnd;
    }
    batch ??= { stream: plainRef({ Type: 'ObjStm' }), objects: [] };
    packed.set(ref.id, [batch.stream.id, batch.objects.length]);
    batch.objects.push({ id: ref.id, body: parts[1] });
    pdf._refEnd(ref);
    if (batch.objects.length >= OBJECTS_PER_STREAM) flush();
  };

  pdf.ref = (data) => {
    const ref = plainRef(data);
    const finalize = ref.finalize.bind(ref);
    ref.finalize = () => {
      if (ending || ref.buffer.length > 0) finalize();
      else pack(ref, finalize);
    };
    return ref;
  };
  const end = pdf.end.bind(pdf);
  pdf.end = () => {
    end();
    // The objects pdfkit ends last (catalog, page tree, fonts, metadata) are in the batch still open.
    ending = true;
    flush();
  };
  pdf._finalize = () => writeCrossReferenceStream(pdf, packed);
}

/** The cross-reference stream in place of pdfkit's table and trailer. */
function writeCrossReferenceStream(pdf: Internals, packed: Map<number, [number, number]>): void {
  const id = pdf._offsets.length + 1;
  const offset = pdf._offset;
  const size = id + 1;
  const ROW = 7; // type (1 byte), offset or object stream (4), generation or index (2)
  const rows = Buffer.alloc(size * ROW);
  rows.writeUInt16BE(65535, 5);
  const entry = (number: number, type: number, first: number, second: number) => {
    rows[number * ROW] = type;
    rows.writeUInt32BE(first, number * ROW + 1);
    rows.writeUInt16BE(second, number * ROW + 5);
  };
  pdf._offsets.forEach((at, index) => {
    const inStream = packed.get(index + 1);
    if (inStream) entry(index + 1, 2, inStream[0], inStream[1]);
    else if (at !== null) entry(index + 1, 1, at, 0);
  });
  entry(id, 1, offset, 0);
  const data = deflateSync(rows);
  const fileId = pdf._id.toString('hex');
  pdf._write(`${id} 0 obj`);
  pdf._write(
    `<<\n/Type /XRef\n/Size ${size}\n/W [1 4 2]\n/Root ${pdf._root.id} 0 R\n/Info ${pdf._info.id} 0 R\n/ID [<${fileId}> <${fileId}>]\n/Filter /FlateDecode\n/Length ${data.length}\n>>`,
  );
  pdf._write('stream');
  pdf._write(data);
  pdf._write('\nendstream');
  pdf._write('endobj');
  pdf._write('startxref');
  pdf._write(`${offset}`);
  pdf._write('%%EOF');
  pdf.push(null);
}
