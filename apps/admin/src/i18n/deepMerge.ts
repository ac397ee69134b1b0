type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Later trees win key by key, so a partial translation keeps the keys it lacks from the earlier ones. */
export function deepMerge<T extends Tree>(...trees: Tree[]): T {
  const result: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      result[key] = isTree(value) && isTree(result[key]) ? deepMerge(result[key] as Tree, value) : value;
    }
  }
  return result as T;
}
