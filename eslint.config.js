// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    // Built output, caches, dependencies; authored content and test inputs are not code.
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'content/',
      'tests/fixtures/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    rules: {
      // TypeScript (tsc, astro check) already reports undefined names, with the right globals.
      'no-undef': 'off',
      // `_name` marks a value left unused on purpose (destructuring a field away, a callback slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
      // `cond ? a() : b()` as a statement is the code base's idiom for "one of two calls".
      '@typescript-eslint/no-unused-expressions': [
        'error',
        { allowShortCircuit: true, allowTernary: true },
      ],
      // `catch {}` is used where a failure means "keep the default" (e.g. unparsable JSON).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // @ts-ignore is kept for untyped virtual modules and packages; it must say why.
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      // Zero-width-character classes list U+200D (ZWJ) on purpose, which this rule takes for
      // an emoji sequence: a warning, so other misleading classes are still seen.
      'no-misleading-character-class': 'warn',
    },
  },
  {
    // Astro's own declaration files use triple-slash references (src/env.d.ts).
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' },
  },
);
