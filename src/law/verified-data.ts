/**
 * The knowledge-base files whose compiled JSON copy was checked against the YAML when the bundle was built: name →
 * the YAML's SHA-256. scripts/build-bundle.mjs fills it in; from the sources it is empty and every read checks the
 * YAML itself (src/law/data-files.ts).
 */
export const VERIFIED_LAW_DATA: Readonly<Record<string, string>> = {};
