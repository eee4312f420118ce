/** Where the Node processes keep state across restarts by default: `.data` at the repository root. */
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));
