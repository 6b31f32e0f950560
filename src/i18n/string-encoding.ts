export type StringTree = { [key: string]: unknown };

export type StringPath = readonly string[];

/**
 * A language's strings for one namespace without their keys: `values` follows
 * the English leaf paths (`null` where the language lacks one), `extra` holds
 * the paths English does not have, such as plural forms English does not use.
 */
export type EncodedStrings = {
  values: unknown[];
  extra: [StringPath, unknown][];
};

const isBranch = (value: unknown): value is StringTree =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0;

/** Every leaf of a string file with its path, keys sorted at every level; arrays and empty objects are leaves. */
export const stringLeaves = (
  tree: StringTree,
  prefix: StringPath = [],
): [StringPath, unknown][] =>
  Object.keys(tree)
    .sort()
    .flatMap((key) => {
      const value = tree[key];
      const path = [...prefix, key];
      return isBranch(value) ? stringLeaves(value, path) : [[path, value]];
    });

/** Drops the keys a language shares with English: only its values remain, in the order of English's leaf paths. */
export const encodeStrings = (
  english: StringTree,
  language: StringTree,
): EncodedStrings => {
  const leaves = new Map(
    stringLeaves(language).map(([path, value]) => [
      JSON.stringify(path),
      { path, value },
    ]),
  );
  const values = stringLeaves(english).map(([path]) => {
    const key = JSON.stringify(path);
    const leaf = leaves.get(key);
    // A null the language really holds goes to `extra`, since null in `values` means absent.
    if (leaf === undefined || leaf.value === null) return null;
    leaves.delete(key);
    return leaf.value;
  });
  return {
    values,
    extra: [...leaves.values()].map(({ path, value }) => [path, value]),
  };
};

const setPath = (tree: StringTree, path: StringPath, value: unknown) => {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    node = (node[key] ??= {}) as StringTree;
  }
  node[path[path.length - 1] ?? ''] = value;
};

/** Rebuilds a language's strings from encodeStrings's output and the same English tree. */
export const decodeStrings = (
  english: StringTree,
  { values, extra }: EncodedStrings,
): StringTree => {
  const paths = stringLeaves(english);
  if (paths.length !== values.length) {
    throw new Error(
      `Encoded strings hold ${values.length} values for ${paths.length} English paths.`,
    );
  }
  const tree: StringTree = {};
  paths.forEach(([path], index) => {
    if (values[index] !== null) setPath(tree, path, values[index]);
  });
  for (const [path, value] of extra) setPath(tree, path, value);
  return tree;
};
