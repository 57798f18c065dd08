/**
 * The type a new request starts on: Developer when the policy offers it (most makers build for
 * themselves first, and the policy usually approves it at once), else the first type offered.
 * Shared by the bot's form card and the tab's form, so both start the same.
 */
export function defaultEnvironmentType<T extends string>(types: ReadonlyArray<{ readonly value: T }>): T | '' {
  return types.find((t) => t.value === 'Developer')?.value ?? types[0]?.value ?? '';
}
