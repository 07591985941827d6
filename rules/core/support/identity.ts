/**
 * Check characters of Chinese identity numbers.
 * - 统一社会信用代码: GB 32100-2015, 18 characters over 31 symbols (no I, O, Z, S, V), mod-31 check.
 * - 公民身份号码: GB 11643-1999, 17 digits + check (ISO 7064 MOD 11-2), with a valid birth date.
 * - 组织机构代码: GB 11714-1997, 8 characters (digits or capital letters) + check character (mod 11, 10 → X).
 * - 工商注册号: 15 digits, the last an ISO 7064 MOD 11,10 check digit (工商总局 GS15-2006).
 * Characters masked in a published text (`*`) are not checked.
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

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** the GB 11714 check character of an 8-character organisation code body */
export function organizationCodeCheckChar(body: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const ch = body[i] ?? '';
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** 13220057-1 or 132200571 */
export function checkOrganizationCode(code: string): IdentityProblem | undefined {
  const plain = code.replace('-', '');
  if (plain.length !== 9) return 'length';
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(plain)) return 'charset';
  return organizationCodeCheckChar(plain.slice(0, 8)) === plain[8] ? undefined : 'checksum';
}

/** ISO 7064 MOD 11,10 check digit of the first 14 digits of a registration number */
export function registrationCheckDigit(first14: string): string | undefined {
  if (!/^\d{14}$/.test(first14)) return undefined;
  let p = 10;
  for (const ch of first14) {
    const s = (p + Number(ch)) % 10 || 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}

export function checkRegistrationNumber(code: string): IdentityProblem | undefined {
  if (code.length !== 15) return 'length';
  if (!/^\d{15}$/.test(code)) return 'charset';
  return registrationCheckDigit(code.slice(0, 14)) === code[14] ? undefined : 'checksum';
}

/** a code with characters masked in a published text: only its visible characters could be checked */
export function isMasked(code: string): boolean {
  return code.includes('*');
}
