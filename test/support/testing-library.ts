/**
 * Vitest setup: components that load their body lazily (KaTeX, the report dialog, the simulator)
 * can take longer than testing-library's 1 s default to appear on a busy 2-core CI machine.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
