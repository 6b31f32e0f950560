import type { Bank, Condition } from '../../src/bank/schema';
import { levelRank as rank } from '../../src/scoring/level-order';

const showsAtUrgent = (when: readonly Condition[] | undefined) =>
  !when ||
  when.some(
    (condition) =>
      condition.type === 'always' ||
      (condition.type === 'level' && condition.levels.includes('urgent')),
  );

/** The facts about a bank that the scoring properties rely on; each issue names where it breaks. */
export const bankInvariantIssues = (bank: Bank): string[] => {
  const issues: string[] = [];
  for (const { id, tier, options } of bank.questions) {
    const { no, unsure, yes } = options;
    if (!(no.weight <= unsure.weight && unsure.weight <= yes.weight)) {
      issues.push(`${id}: weights must rise from no to unsure to yes`);
    }
    if (!(
      rank(no.atLeast) <= rank(unsure.atLeast) &&
      rank(unsure.atLeast) <= rank(yes.atLeast)
    )) {
      issues.push(`${id}: atLeast must rise from no to unsure to yes`);
    }
    if (tier === 'context' || tier === 'strength') {
      if (Object.values(options).some((o) => o.weight !== 0 || o.atLeast)) {
        issues.push(`${id}: a ${tier} question must not weigh or set a floor`);
      }
    }
    if (tier === 'urgent' && yes.atLeast !== 'urgent') {
      issues.push(`${id}: an urgent yes must set atLeast urgent`);
    }
    if (tier === 'disclosure' && rank(yes.atLeast) < rank('high')) {
      issues.push(`${id}: a disclosure yes must set atLeast high or more`);
    }
  }
  bank.scoring.caps.forEach(({ tiers, liftedBy }, index) => {
    if (tiers.includes('urgent') || tiers.includes('disclosure')) {
      issues.push(`caps[${index}]: must not cap urgent or disclosure answers`);
    }
    if (liftedBy.answers.includes('no') || !liftedBy.answers.includes('yes')) {
      issues.push(`caps[${index}]: must be lifted by firmer answers only`);
    }
  });
  bank.scoring.countFloors.forEach(({ tiers, answers }, index) => {
    if (tiers.includes('context') || tiers.includes('strength')) {
      issues.push(`countFloors[${index}]: must not count context or strength`);
    }
    const closed =
      (!answers.includes('no') || answers.includes('unsure')) &&
      (!answers.includes('unsure') || answers.includes('yes'));
    if (!closed) {
      issues.push(
        `countFloors[${index}]: answers counting no or unsure must also count every stronger answer`,
      );
    }
  });
  if (!bank.regions.some(({ id }) => id === bank.defaultRegion)) {
    issues.push(`defaultRegion ${bank.defaultRegion} is not a shipped region`);
  }
  for (const { id: region } of bank.regions) {
    const own = bank.referrals.filter((r) => r.region === region);
    if (!own.some(({ when }) => !when)) {
      issues.push(`${region}: needs a referral listed whatever the answers`);
    }
    if (!own.some((r) => r.kind === 'emergency' && showsAtUrgent(r.when))) {
      issues.push(`${region}: needs an emergency referral listed when urgent`);
    }
  }
  return issues;
};
