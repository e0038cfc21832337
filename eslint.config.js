// One lint configuration for the whole tree. Besides the usual rules it enforces the environment
// boundaries of the README's "How it is built": business logic never imports electron, shared/
// stays pure, and the renderer never reaches into the main process.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = {
  paths: [{ name: 'electron', message: 'Only main/app and main/preload may import electron.' }],
};
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib'],
  message: 'shared/ runs in the renderer too: no Node built-ins.',
};
const sharedIsPure = {
  group: ['**/main/**', '**/renderer/**', 'react', 'react-dom'],
  message: 'shared/ depends on nothing but itself and pure libraries.',
};
const domainNotTransport = {
  group: ['**/api/channels/**'],
  message: 'Domain types and helpers live in shared/domain; the channels (the transport) import them from there, not the other way round.',
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', '.electron-native/', 'test-results/', 'playwright-report/', '.test-output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { ...electronOnly, patterns: [nodeBuiltins, sharedIsPure] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/api/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...electronOnly, patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...electronOnly, patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }, domainNotTransport] },
      ],
    },
  },
  {
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...electronOnly, patterns: [nodeBuiltins, sharedIsPure, domainNotTransport] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // useLoad takes its dependencies like useEffect (renderer/src/lib/useLoad.ts).
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useLoad$' }],
      'no-restricted-imports': [
        'error',
        {
          ...electronOnly,
          patterns: [
            { group: ['**/main/**'], message: 'The renderer reaches the main process only through window.api.' },
            nodeBuiltins,
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': ['error', electronOnly],
    },
  },
);
