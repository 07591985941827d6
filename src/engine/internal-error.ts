/**
 * A failure inside caselint while checking one case (a rule, the model, an attachment, a formatter) becomes a
 * located finding of that case: the other cases are still checked and printed. The message names what failed in
 * words a user can act on; the engine's internal texts (a stack overflow's "Maximum call stack size exceeded",
 * a stack trace) never reach the output.
 */
import type { Finding, Msg } from './types.js';

/** the error's own message, except for failures whose text only means something to an engineer */
export function describeInternalError(error: unknown): Msg {
  if (error instanceof RangeError && /call stack|too much recursion/i.test(error.message)) {
    return {
      zh: '输入的结构过深或过大，超出了处理能力',
      en: 'the input is nested too deeply or is too large to process',
    };
  }
  if (error instanceof RangeError && /Invalid array length|allocation failed|heap/i.test(error.message)) {
    return { zh: '输入过大，超出了内存限制', en: 'the input is too large for the memory limit' };
  }
  const raw = error instanceof Error ? error.message : String(error);
  // one line, no stack frames, bounded length
  const text = (raw.split('\n')[0] ?? '').replace(/\s+at\s.*$/, '').slice(0, 200);
  return { zh: text, en: text };
}

/** where: what failed, e.g. 'rule doc/decision-fine', 'the json formatter' */
export function internalErrorFinding(
  error: unknown,
  where: Msg,
  at: { case: string; file: string },
): Finding {
  const detail = describeInternalError(error);
  return {
    ruleId: 'internal/error',
    severity: 'error',
    category: 'input',
    message: {
      zh: `caselint 在${where.zh}时出错：${detail.zh}；本案卷的检查不完整（请向 caselint 维护者报告）`,
      en: `caselint failed while ${where.en}: ${detail.en}; this case was not fully checked (please report this to the caselint maintainers)`,
    },
    case: at.case,
    file: at.file,
    line: 1,
    column: 1,
    basis: [],
  };
}
