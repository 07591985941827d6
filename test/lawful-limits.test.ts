/**
 * The lawful corpus puts its deadlines exactly on their limits (fixtures/lawful/*, each case's header comment).
 * This test moves one step a day past its limit and expects the rule that guards that limit to speak, so a case
 * that drifts off its limit, or a rule that stops counting holidays and make-up working days, fails here.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { applyFixtureSpec, runFixture } from '../src/engine/fixture.js';
import { loadCase } from '../src/load/index.js';
import { fromRoot } from '../src/paths.js';

const FD = 'procedure/filing-deadline';
const DTL = 'procedure/decision-time-limit';
const SP = 'procedure/statement-period';
const HRW = 'procedure/hearing-request-window';
const HNP = 'procedure/hearing-notice-period';
const SRV = 'execution/decision-service-deadline';
const PAY = 'execution/payment-deadline';
const PUB = 'execution/publication-deadline';
const SIMPLE = 'execution/simple-procedure-conduct';
const DET = 'execution/detention-transfer';
const CRIME = 'execution/crime-transfer';
const SEIZE = 'execution/seizure-term';

/** case → [event type (its first occurrence), the day after its limit, the rule that guards the limit] */
const LIMITS: Record<string, [string, string, string][]> = {
  '01-2019-air-vocs-furniture': [
    ['filing-approved', '2019-02-12', FD],
    ['decision', '2019-05-10', SP],
    ['decision', '2019-05-14', DTL],
    ['decision-served', '2019-05-21', SRV],
    ['paid', '2019-06-05', PAY],
  ],
  '02-2020-water-overstandard-hearing': [
    ['filing-approved', '2020-01-10', FD],
    ['hearing-held', '2020-03-08', HNP],
    ['decision-served', '2020-04-04', SRV],
    ['paid', '2020-04-21', PAY],
  ],
  '03-2021-hazwaste-signs-straddling-hearing': [
    ['filing-approved', '2021-07-08', FD],
    ['hearing-held', '2021-07-27', HNP],
    ['decision-served', '2021-09-01', SRV],
    ['paid', '2021-09-16', PAY],
  ],
  '04-2022-air-drycleaner-simple': [
    ['simple-decision-filed', '2022-10-11', SIMPLE],
    ['paid', '2022-10-18', PAY],
  ],
  '05-2022-permit-registration-first-offence': [
    ['filing-approved', '2022-12-01', FD],
    ['decision-served', '2023-01-11', SRV],
  ],
  '06-2024-air-nox-per-day': [
    ['filing-approved', '2024-05-14', FD],
    ['decision', '2024-06-12', SP],
    ['decision', '2024-06-12', HRW],
    ['published', '2024-06-25', PUB],
    ['paid', '2024-07-02', PAY],
  ],
  '07-2024-hazwaste-dumping-crime-transfer': [
    ['filing-approved', '2024-10-13', FD],
    ['transfer-decided', '2024-10-22', CRIME],
  ],
  '08-2020-water-hidden-pipe-detention': [
    ['filing-approved', '2020-04-29', FD],
    ['transferred', '2020-05-27', DET],
    ['paid', '2020-06-05', PAY],
  ],
  '09-2024-eia-unapproved-hearing': [
    ['filing-approved', '2024-02-19', FD],
    ['hearing-held', '2024-03-26', HNP],
    ['decision-served', '2024-04-19', SRV],
    ['published', '2024-04-19', PUB],
    ['paid', '2024-05-07', PAY],
  ],
  '10-2023-noise-industrial-overstandard': [
    ['filing-approved', '2023-09-27', FD],
    ['published', '2023-10-24', PUB],
    ['paid', '2023-10-31', PAY],
  ],
  '11-2019-construction-acceptance': [
    ['filing-approved', '2019-10-09', FD],
    ['decision', '2019-10-28', HRW],
    ['decision-served', '2019-11-07', SRV],
    ['paid', '2019-11-22', PAY],
  ],
  '12-2020-eia-registration-minor-no-penalty': [
    ['filing-approved', '2020-06-29', FD],
    ['decision-served', '2020-07-28', SRV],
  ],
  '13-2020-hazwaste-old-law-signs': [
    ['filing-approved', '2020-08-14', FD],
    ['decision-served', '2020-10-10', SRV],
    ['paid', '2020-10-27', PAY],
  ],
  '14-2021-air-coating-straddling-left-at-residence': [
    ['filing-approved', '2021-07-13', FD],
    ['decision', '2021-09-26', HRW],
    ['decision-served', '2021-10-13', SRV],
    ['paid', '2021-10-28', PAY],
  ],
  '15-2023-soil-self-monitoring-straddling-eservice': [
    ['filing-approved', '2023-06-28', FD],
    ['decision', '2023-07-17', SP],
    ['published', '2023-07-28', PUB],
    ['paid', '2023-08-04', PAY],
  ],
  '16-2025-no-permit-discharge-deferral': [
    ['filing-approved', '2025-02-06', FD],
    ['published', '2025-03-21', PUB],
  ],
  '17-2022-air-drycleaner-individual-business': [
    ['filing-approved', '2022-02-08', FD],
    ['decision', '2022-02-24', SP],
    ['decision-served', '2022-03-09', SRV],
    ['paid', '2022-03-17', PAY],
  ],
  '18-2024-air-autorepair-individual-business-statement': [
    ['filing-approved', '2024-09-19', FD],
    ['decision', '2024-10-09', HRW],
    ['published', '2024-10-22', PUB],
    ['paid', '2024-10-29', PAY],
  ],
  '19-2025-air-carcare-individual-business-first-offence': [
    ['filing-approved', '2025-05-01', FD],
    ['decision-served', '2025-05-30', SRV],
  ],
  '20-2019-water-overstandard-per-day': [
    ['filing-approved', '2019-05-10', FD],
    ['decision', '2019-06-03', HRW],
    ['decision-served', '2019-06-13', SRV],
    ['paid', '2019-06-28', PAY],
  ],
  '21-2024-water-pretreatment-extension': [
    ['decision', '2024-10-09', DTL],
    ['published', '2024-10-17', PUB],
  ],
  '22-2022-air-dust-yard-court-enforcement': [
    ['filing-approved', '2022-01-20', FD],
    ['enforcement-applied', '2022-11-15', 'execution/enforcement-reminder'],
    ['enforcement-applied', '2022-12-17', 'execution/enforcement-application-window'],
  ],
  '23-2021-07-15-air-autorepair-simple-first-day': [
    ['simple-decision-filed', '2021-07-21', SIMPLE],
    ['paid', '2021-07-31', PAY],
  ],
  '24-2025-air-carrepair-simple-reconsideration-first': [
    ['simple-decision-filed', '2025-10-13', SIMPLE],
    ['paid', '2025-10-16', PAY],
  ],
  '25-2024-air-sand-yard-person-hearing': [
    ['filing-approved', '2023-12-06', FD],
    ['hearing-held', '2024-01-03', HNP],
    ['published', '2024-01-22', PUB],
    ['paid', '2024-01-29', PAY],
  ],
  '26-2024-air-bypass-evasion-detention': [
    ['filing-approved', '2024-05-22', FD],
    ['transferred', '2024-06-14', DET],
    ['published', '2024-06-20', PUB],
    ['paid', '2024-06-25', PAY],
  ],
  '27-2022-water-chromium-crime-transfer': [
    ['filing-approved', '2022-10-11', FD],
    ['transfer-decided', '2022-10-18', CRIME],
  ],
  '28-2022-eia-limitation-expired-no-penalty': [
    ['filing-approved', '2022-06-23', FD],
    ['decision-served', '2022-07-27', SRV],
  ],
  '29-2020-air-overstandard-recusal-reconsideration': [
    ['filing-approved', '2020-11-12', FD],
    ['decision-served', '2020-12-26', SRV],
    ['paid', '2021-01-06', PAY],
  ],
  '30-2025-solid-waste-ledger-mail-service': [
    ['filing-approved', '2025-06-04', FD],
    ['decision', '2025-06-27', HRW],
    ['published', '2025-07-10', PUB],
    ['paid', '2025-07-19', PAY],
  ],
  '31-2025-noise-individual-business-waived': [
    ['filing-approved', '2025-03-26', FD],
    ['published', '2025-05-13', PUB],
    ['paid', '2025-05-15', PAY],
  ],
  '32-2019-water-nickel-hearing-makeup-sunday': [
    ['filing-approved', '2019-09-16', FD],
    ['hearing-held', '2019-10-14', HNP],
    ['decision-served', '2019-11-01', SRV],
    ['paid', '2019-11-16', PAY],
  ],
  '33-2021-air-self-monitoring-straddling-first-offence': [
    ['filing-approved', '2021-07-02', FD],
    ['decision-served', '2021-08-10', SRV],
  ],
  '34-2022-hazwaste-unlicensed-collector-seizure-testing': [
    ['filing-approved', '2022-08-26', FD],
    ['seizure-released', '2022-09-28', SEIZE],
    ['paid', '2022-11-08', PAY],
  ],
  '35-2025-eia-suspended-decision-after-spring-festival': [
    ['filing-approved', '2024-10-09', FD],
    ['decision', '2025-01-26', SP],
    ['decision', '2025-02-06', DTL],
    ['published', '2025-02-14', PUB],
    ['paid', '2025-02-25', PAY],
  ],
  '36-2024-hazwaste-dumping-person-mitigated-instalments': [
    ['decision-served', '2024-05-30', SRV],
    ['published', '2024-05-30', PUB],
  ],
  '37-2020-air-dust-public-notice-service': [
    ['decision', '2020-09-21', SP],
    ['decision-served', '2020-10-10', SRV],
    ['paid', '2020-12-16', PAY],
  ],
  '38-2024-air-kiln-overstandard-restrict-production': [
    ['decision', '2024-09-18', SP],
    ['decision', '2024-09-18', HRW],
    ['published', '2024-09-30', PUB],
    ['paid', '2024-10-09', PAY],
  ],
  '39-2022-hazwaste-no-manifest-seizure-extended': [['seizure-released', '2022-11-08', SEIZE]],
  '40-2021-air-vocs-decision-public-notice-service': [
    ['decision', '2021-09-03', SP],
    ['decision', '2021-09-03', HRW],
    ['decision-served', '2021-09-23', SRV],
    ['paid', '2021-12-08', PAY],
  ],
  '41-2023-solid-waste-entrusted-unqualified-confiscation-hearing': [
    ['filing-approved', '2023-10-25', FD],
    ['hearing-held', '2023-11-27', HNP],
  ],
  // filed on the 7th working day after the clue (环境行政处罚办法 2010 §22)
  '42-2022-air-cems-not-networked-json': [['filing-approved', '2022-08-26', FD]],
  '43-2018-water-outfall-hearing': [['filing-approved', '2018-05-24', FD]],
};

const rows = Object.entries(LIMITS).flatMap(([name, list]) =>
  list.map(([event, date, ruleId]) => [name, event, date, ruleId] as const),
);

describe('lawful corpus: every deadline sits on its limit', () => {
  it.each(rows)('%s: %s on %s is one day late for %s', async (name, event, date, ruleId) => {
    const rule = allRules.find((r) => r.meta.id === ruleId);
    expect(rule, ruleId).toBeDefined();
    if (!rule) return;
    const loaded = await loadCase(fromRoot('fixtures', 'lawful', name), fromRoot());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const data = applyFixtureSpec(loaded.loaded.data, { update_events: { [event]: { date } } });
    const findings = await runFixture(rule, {
      expect: 'fail',
      path: `fixtures/lawful/${name}`,
      options: {},
      loaded: { ...loaded.loaded, data },
    });
    expect(findings.length, `${name}: moving ${event} to ${date} should trip ${ruleId}`).toBeGreaterThan(0);
  });
});
