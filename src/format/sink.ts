/**
 * Writes a stream format's output while the run goes on: a format that begins with its cases (stylish, github)
 * writes each case's text straight out; the others keep the cases' text in a spool — in memory up to a few MiB,
 * then in a temporary file — and write head, spooled sections and tail at the end. Either way nothing of a case
 * stays in memory once its text is written, and the bytes equal `formatBuffered` over the finished run.
 *
 * A case whose text the format cannot write is replaced by an internal-error finding for that case (addCase, as
 * formatBuffered does), and the output counts it as an error.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { CaseResult } from '../engine/run-types.js';
import { addCase, type CaseWriter, type RunEnd } from './stream.js';

/** default text held in memory per section before it moves to a temporary file */
const SPOOL_MEMORY_BYTES = 4 << 20;
const READ_BLOCK = 1 << 20;

/** one section's text: a list of strings until it grows too large, then an append-only temporary file */
class Spool {
  constructor(private readonly memoryBytes: number) {}

  private chunks: string[] = [];
  private bytes = 0;
  private fd: number | undefined;
  private dir: string | undefined;

  append(text: string): void {
    if (text === '') return;
    if (this.fd !== undefined) {
      writeSync(this.fd, text);
      return;
    }
    this.chunks.push(text);
    this.bytes += text.length * 3;
    if (this.bytes > this.memoryBytes) {
      this.dir = mkdtempSync(join(tmpdir(), 'caselint-spool-'));
      this.fd = openSync(join(this.dir, 'section'), 'w+');
      writeSync(this.fd, this.chunks.join(''));
      this.chunks = [];
    }
  }

  /** hands the text on in blocks */
  drain(write: (text: string) => void): void {
    if (this.fd === undefined) {
      if (this.chunks.length) write(this.chunks.join(''));
      this.chunks = [];
      return;
    }
    const decoder = new StringDecoder('utf8');
    const block = Buffer.allocUnsafe(READ_BLOCK);
    let position = 0;
    for (;;) {
      const n = readSync(this.fd, block, 0, READ_BLOCK, position);
      if (n === 0) break;
      position += n;
      const text = decoder.write(block.subarray(0, n));
      if (text) write(text);
    }
    const rest = decoder.end();
    if (rest) write(rest);
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.chunks = [];
  }
}

export class FormatSink {
  private readonly spools: Spool[] = [];
  /** cases whose text the format could not write (each counted as one more error) */
  private failed = 0;

  constructor(
    private readonly writer: CaseWriter,
    private readonly name: string,
    private readonly write: (text: string) => void,
    /** text held in memory per section before it moves to a temporary file */
    private readonly spoolMemoryBytes = SPOOL_MEMORY_BYTES,
  ) {}

  add(result: CaseResult): void {
    const { texts, failed } = addCase(this.writer, this.name, result);
    if (failed) this.failed += 1;
    texts.forEach((text, i) => {
      if (i === 0 && this.writer.opening === 'direct') {
        if (text) this.write(text);
      } else {
        (this.spools[i] ??= new Spool(this.spoolMemoryBytes)).append(text);
      }
    });
  }

  finish(end: RunEnd): void {
    try {
      const counted = { ...end, errorCount: end.errorCount + this.failed };
      for (const piece of this.writer.finish(counted)) {
        if (typeof piece === 'string') {
          if (piece) this.write(piece);
        } else if (!(piece.section === 0 && this.writer.opening === 'direct')) {
          this.spools[piece.section]?.drain(this.write);
        }
      }
    } finally {
      this.dispose();
    }
  }

  /** removes the temporary files (also when the run failed) */
  dispose(): void {
    for (const spool of this.spools) spool?.dispose();
  }
}
