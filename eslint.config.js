// ESLint 9 flat config: typescript-eslint's recommended rules and the React hooks rules, run first by `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Who may import whom (docs/architecture.md): app → features → store, client, ui → worker → protocol → core.
// Imports are relative, so a zone is recognised by the folder a specifier climbs into: `../../store/…`.
const up = (folders) => `^(\\.\\./)+(${folders.join('|')})/`;
const CORE = ['src/nn/**', 'src/mnist/**', 'src/drawing/**', 'src/training-data/**', 'src/errors/**'];
const ABOVE_CORE = ['protocol', 'worker', 'client', 'store', 'ui', 'features', 'app'];
const FEATURES = ['compare', 'draw', 'inside', 'learn', 'link', 'models', 'my-digits', 'train'];

// The only imports from one feature into another. Each is a part of one card that another card shows
// or shares; none runs the other way, so features form no cycle.
const FEATURE_ALLOW_LIST = {
  // The answer offers to keep the drawing as a labelled digit, and names the model that answered. A new
  // drawing ends the word on the last digit kept and the guided path's last step (the slices' state types).
  draw: ['my-digits/CorrectionButtons.tsx', 'models/ModelInUse.tsx', 'my-digits/my-digits-slice.ts', 'learn/learn-slice.ts'],
  // The guided path's step uses Settings' learning-rate slider, and suggests one of Train's presets;
  // while the model in use is convolutional, it offers the fully connected ready model.
  learn: ['train/settings/LearningRateControl.tsx', 'train/presets.ts', 'models/UseDenseReadyButton.tsx'],
  // The ready model is convolutional: Look inside offers the fully connected one for its neuron views.
  inside: ['models/UseDenseReadyButton.tsx'],
  // My digits keeps its records in the models' IndexedDB database and sets a bad record aside the same way.
  'my-digits': ['models/storage.ts', 'models/set-aside.ts', 'models/migrate.ts'],
  // Settings carries the copy-link button and the notice of a link's ignored settings.
  train: ['link/CopyLinkButton.tsx', 'link/LinkNotice.tsx'],
};

// A test may assemble pieces of several layers (model-version.test.ts follows three features).
const TESTS = ['**/*.test.ts'];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const zone = (files, regex, message) => ({ files, ignores: TESTS, rules: restrict([{ regex, message }]) });

const featureZones = FEATURES.map((feature) => {
  const others = FEATURES.filter((f) => f !== feature);
  const allowed = (FEATURE_ALLOW_LIST[feature] ?? []).map((path) => `${escape(path)}$`);
  const except = allowed.length ? `(?!${allowed.join('|')})` : '';
  return {
    files: [`src/features/${feature}/**`],
    ignores: TESTS,
    rules: restrict([
      { regex: `^(\\.\\./)+${except}(${others.join('|')})/`, message: `features/${feature} may import another feature only through FEATURE_ALLOW_LIST in eslint.config.js.` },
      { regex: up(['app']), message: 'A feature imports no app file: the app assembles the features, not the other way round.' },
    ]),
  };
});

const layerZones = [
  zone(CORE, up(ABOVE_CORE), 'The core (nn, mnist, drawing, training-data, errors) imports nothing above it.'),
  zone(['src/protocol/**'], up(ABOVE_CORE.filter((f) => f !== 'protocol')), 'The page–worker protocol imports only the core.'),
  zone(['src/worker/**'], up(['client', 'store', 'ui', 'features', 'app']), 'The worker imports only the protocol and the core.'),
  zone(['src/client/**', 'src/ui/**'], up(['features', 'app']), 'client and ui import no feature or app file.'),
  // The store is the assembly of the slices: it may import a feature's or the app's *-slice.ts, nothing
  // else there.
  zone(
    ['src/store/**'],
    `^(\\.\\./)+(features|app)/(?!.*-slice\\.ts$)`,
    'The store imports only the features\u2019 and the app\u2019s slices.',
  ),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'results/', 'test-results/', 'playwright-report/', '**/*.wasm'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    // The one plain-JavaScript page script runs in the browser.
    files: ['scripts/bench/browser/*.js'],
    languageOptions: { globals: { Worker: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      // `_` marks a value left out on purpose, as in `const { kind: _, ...rest } = event`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...layerZones,
  ...featureZones,
);
