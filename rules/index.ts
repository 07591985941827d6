import type { Rule } from '../src/engine/types.js';
import { rules as core } from './core/index.js';
import { rules as procedure } from './procedure/index.js';
import { rules as execution } from './execution/index.js';
import { rules as penalty } from './penalty/index.js';
import { rules as doc } from './doc/index.js';
import { rules as measures } from './measures/index.js';
import { rules as repo } from './repo/index.js';

/** Every rule caselint knows, by pack. */
export const packs: Record<string, Rule[]> = { core, procedure, execution, penalty, measures, doc, repo };

export const allRules: Rule[] = Object.values(packs).flat();
