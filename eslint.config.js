// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers and the rules below are explained in docs/architecture.md; import cycles are refused by
// `npm run check:cycles` (madge), which `npm run lint` runs after ESLint.

const SDKS = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-js', 'restify', 'better-sqlite3', 'pg', 'kysely', 'react', 'react-dom'];

// Handlers and routes reach data only through a capability's service (src/container.ts), which
// checks roles and state and audits: never the store or its repositories directly.
const NO_STORE_ACCESS = [
  { selector: "MemberExpression[property.name='repos']", message: "Call the capability's service (src/container.ts), not a repository: the service checks roles and audits." },
  { selector: "MemberExpression[property.name='store'][object.property.name='services']", message: "Call the capability's service (src/container.ts), not the store." },
  { selector: "MemberExpression[property.name='store'][object.name='services']", message: "Call the capability's service (src/container.ts), not the store." },
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-results/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // One concept per module: past 250 lines a file usually holds two (docs/architecture.md).
    files: ['src/**/*.ts', 'bot/**/*.ts', 'tab/src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    // The domain knows nothing of Teams, HTTP, React or the SQL driver (docs/architecture.md, "Layers").
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: SDKS, message: 'src/domain must not depend on SDKs or drivers; put this in bot/, src/server/ or src/storage/.' }, { group: ['**/bot/**', '**/tab/**', '**/storage/**', '**/server/**'], message: 'src/domain must not import outer layers.' }] }],
    },
  },
  {
    // Card builders and the outbox renderers are pure: no I/O, no configuration, no services.
    files: ['bot/cards/**/*.ts', 'bot/delivery/templates/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/config/**', '**/src/storage/**', '**/src/container*', 'node:fs', 'node:http'], message: 'Card builders are pure functions of their view model.' }] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Cards never read process.env.' }],
    },
  },
  {
    // Card verbs are registered only through onCardAction, which applies the verb table's access rule first.
    files: ['bot/**/*.ts'],
    ignores: ['bot/handlers/card-action.ts', 'bot/delivery/runtime.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='actionExecute']", message: 'Register card verbs with onCardAction (bot/handlers/card-action.ts): it checks the verb rules first.' }, ...NO_STORE_ACCESS],
    },
  },
  {
    // Routes, like handlers, go through the capability's service, which checks roles and audits;
    // the readiness probe alone asks the database itself.
    files: ['src/server/routes/**/*.ts', 'bot/handlers/card-action.ts'],
    ignores: ['src/server/routes/health.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_STORE_ACCESS] },
  },
  {
    // Only the config module reads the environment.
    files: ['src/**/*.ts', 'bot/**/*.ts'],
    ignores: ['src/config/**', 'src/cli/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings from AppConfig (src/config), not process.env.' }] },
  },
  {
    files: ['tab/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/storage/**', '**/src/server/**', '**/bot/**', 'botbuilder*', 'restify', 'kysely', 'pg', 'better-sqlite3'], message: 'The tab talks to the server only through its API client.' }] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.cjs', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
