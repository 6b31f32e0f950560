import type { Level } from '../bank/schema';

/** The one order of levels, from no concern to immediate danger. */
export const levelOrder: readonly Level[] = ['none', 'some', 'high', 'urgent'];

/** A level's place in `levelOrder`; a missing level ranks as `none`. */
export const levelRank = (level: Level | undefined): number =>
  levelOrder.indexOf(level ?? 'none');

export const higherLevel = (a: Level, b: Level): Level =>
  levelRank(a) >= levelRank(b) ? a : b;
