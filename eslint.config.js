import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import layers from './scripts/eslint/layer-imports.js'

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'coverage', 'public', 'scenes-generated', 'bench-results', '**/*.tmp.*', '.vite'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, venue: layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'venue/layer-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'no .only left behind' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'no skipped tests' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
)
