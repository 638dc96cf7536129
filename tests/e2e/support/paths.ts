import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Screenshots and other artefacts a person looks at after a run (git-ignored). */
export const E2E_ARTIFACTS_DIR = join(PROJECT_DIR, 'test-results', 'e2e');
export { CHROMIUM_PATH } from '../../../scripts/lib/chromium';
