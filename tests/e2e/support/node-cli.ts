import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_DIR } from './paths';

export interface CliRequest {
  file: string;
  url: string;
}

/**
 * Runs the project's extraction CLI (`scripts/extract-cli.ts --jsonl`, jsdom) once for many pages: the Node
 * half of the parity check. Returns each page's Article JSON without the echoed `file`, in request order.
 */
export function extractWithNodeCli(requests: CliRequest[]): Record<string, unknown>[] {
  const input = requests.map((request) => JSON.stringify(request)).join('\n');
  const output = execFileSync(
    join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'),
    [join(PROJECT_DIR, 'scripts', 'extract-cli.ts'), '--jsonl'],
    { cwd: PROJECT_DIR, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const lines = output.split('\n').filter((line) => line.trim());
  if (lines.length !== requests.length) {
    throw new Error(
      `The CLI answered ${lines.length} lines for ${requests.length} pages:\n${output.slice(0, 2000)}`,
    );
  }
  return lines.map((line, index) => {
    const { file, error, ...article } = JSON.parse(line) as Record<string, unknown>;
    if (error)
      throw new Error(`The CLI failed on ${String(file ?? requests[index]?.file)}: ${String(error)}`);
    return article;
  });
}
