import { lazy, type ComponentType } from 'react';

/**
 * A page (or a feature's routes) loaded the first time it is shown: its code, and the Fluent
 * components, icons and charts only it uses, become a chunk of their own instead of weighing on
 * the first load. `name` is the module's named export, so features keep named exports.
 */
export function lazyPage<K extends string>(load: () => Promise<{ readonly [P in K]: ComponentType }>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
