import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core must stay free of the channel layer, the HTTP server, i18n runtime, storage and fs,
// so that a move off the Bot Framework SDK (end of support 31 Dec 2025) stays cheap.
const channelFree = {
  patterns: [
    {
      group: ['botbuilder*', 'botframework*', 'restify*', 'i18next*', 'lowdb*', 'pg', 'pg-*'],
      message: 'Keep the pure core free of edges.',
    },
  ],
  paths: [
    { name: 'node:fs', message: 'The pure core takes data, not files.' },
    { name: 'fs', message: 'The pure core takes data, not files.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-output/**',
      'data/**',
      'coverage/**',
      'appPackage/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**', 'src/flow/**', 'dialogs/**'],
    rules: { 'no-restricted-imports': ['error', channelFree] },
  },
  {
    files: ['src/knowledge/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: channelFree.patterns }],
    },
  },
  {
    files: ['src/cli/**', 'bin/**', 'bench/**', 'test/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read JSON bodies of many shapes; typing each one would add nothing.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.js', 'scripts/**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', Buffer: 'readonly' },
    },
  },
);
