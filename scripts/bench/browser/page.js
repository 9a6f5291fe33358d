// Plain JavaScript: the benchmark's TypeScript is checked without DOM types. The Node side drives
// the worker directly through Playwright.
new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' });
