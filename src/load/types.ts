/**
 * The loader's contract: discover case folders, read (UTF-8 / BOM / GBK-GB18030), parse YAML or JSON with
 * positions, validate against schemas/case.schema.json. Every error is located; nothing here throws on bad input.
 */
import type { CaseFileData } from '../model/case-data.js';
import type { Msg } from '../engine/types.js';

export interface SourcePosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface LoadError {
  /** file path relative to the working directory */
  file: string;
  line: number;
  column: number;
  /** stable code, e.g. yaml-syntax, duplicate-key, alias-bomb, empty-file, schema, date-format, no-case-file, encoding */
  code: string;
  message: Msg;
  /** JSON pointer, where the error concerns a node */
  path?: string;
  severity: 'error' | 'warning';
}

export interface LoadedCase {
  /** absolute folder of the case */
  dir: string;
  /** absolute path of case.yaml / case.json */
  absFile: string;
  /** path relative to the working directory, for display */
  file: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030';
  data: CaseFileData;
  /** position of the node at a JSON pointer; falls back to the nearest existing ancestor, then 1:1 */
  locate(pointer: string): SourcePosition;
}

export type LoadResult =
  | { ok: true; loaded: LoadedCase; warnings: LoadError[] }
  | { ok: false; dir: string; file?: string; errors: LoadError[] };

export interface Discovery {
  /** absolute paths of case folders (or single case files given directly) */
  targets: string[];
  /** e.g. a folder without a case file, a path that does not exist */
  errors: LoadError[];
}
