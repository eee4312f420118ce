// ESLint flat config: typescript-eslint's recommended rules, and DESIGN.md's layers as an import
// rule (scripts/lint/layers.js). `npm run lint` is the first tier of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersRule } from './scripts/lint/layers.js';

/** Node globals the core must not touch: it runs in tabs too (DOM types are kept out by web/src/node/tsconfig.json). */
const NODE_GLOBALS = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'].map((name) => ({
  name,
  message: 'the core runs in browsers and Node alike: pass host facilities in instead',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'tests/bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { tabmesh: { rules: { layers: layersRule } } },
    rules: {
      'tabmesh/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // A server started later in a test but closed by an after() hook registered earlier.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['web/src/node/**/*.ts', 'web/src/contracts/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...NODE_GLOBALS] },
  },
);
