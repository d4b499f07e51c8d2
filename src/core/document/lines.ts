import type { OffsetRange, Position } from '../types';

/** Converts offsets to 1-based lines and columns; built once per file text, lazily. */
export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  positionAt(offset: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - starts[low] + 1 };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    const lineIndex = Math.max(0, Math.min(position.line - 1, starts.length - 1));
    return Math.min(starts[lineIndex] + position.column - 1, this.text.length);
  }

  rangeToPositions(range: OffsetRange): { start: Position; end: Position } {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }

  /** The range of the whole line holding `offset`, without its line break. */
  lineRangeAt(offset: number): OffsetRange {
    const { line } = this.positionAt(offset);
    const starts = this.starts();
    const start = starts[line - 1];
    const next = line < starts.length ? starts[line] : this.text.length;
    let end = next;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return { start, end };
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) {
        starts.push(index + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}
