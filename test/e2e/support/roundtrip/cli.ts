import { Writable } from 'node:stream';
import { main } from '../../../../src/main/frontend/cli/main';

/** Runs `tablewise …` in-process exactly as the bin does, and gives its exit code and output. */
export async function tablewise(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}
