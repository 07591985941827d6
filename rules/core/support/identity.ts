/**
 * Check characters of Chinese identity numbers.
 * - 统一社会信用代码: GB 32100-2015, 18 characters over 31 symbols (no I, O, Z, S, V), mod-31 check.
 * - 公民身份号码: GB 11643-1999, 17 digits + check (ISO 7064 MOD 11-2), with a valid birth date.
 */
import { isIsoDate } from '../../../src/model/dates.js';

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type IdentityProblem = 'length' | 'charset' | 'checksum' | 'birth-date';

export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (CREDIT_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(code: string): IdentityProblem | undefined {
  if (code.length !== 18) return 'length';
  if (![...code].every((ch) => CREDIT_CHARSET.includes(ch))) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? undefined : 'checksum';
}

export function idNumberCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11];
}

export function checkIdNumber(id: string): IdentityProblem | undefined {
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'charset';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth)) return 'birth-date';
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? undefined : 'checksum';
}
