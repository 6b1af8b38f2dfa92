/** Node entry of the benchmark (bundled by bench/lib/build.mjs): `search`, `dry-run` or `changes <file>`, JSON out. */
import { writeFileSync } from 'node:fs';
import { changesState } from './changes';
import { benchDryRun } from './dry-run-bench';
import { benchSearch } from './search-bench';

export async function main(argv: string[]): Promise<void> {
  const [cmd, arg] = argv;
  if (cmd === 'search') {
    const small = await benchSearch('default');
    const large = await benchSearch('large-org');
    process.stdout.write(JSON.stringify({ small, large }));
  } else if (cmd === 'dry-run') {
    process.stdout.write(JSON.stringify(await benchDryRun()));
  } else if (cmd === 'changes' && arg) {
    const state = changesState();
    writeFileSync(arg, JSON.stringify(state));
    process.stdout.write(
      JSON.stringify({ key: state.key, changes: state.changes, bytes: state.value.length }),
    );
  } else {
    throw new Error(`unknown command ${cmd ?? ''}`);
  }
}
