// Worker-thread entry for scripts/synthetic/worker-build.ts. A worker starts without the
// parent's TypeScript loader (Node 20 does not hand `--import tsx` hooks on to workers),
// so it registers tsx itself before importing the TypeScript module.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker-main.ts', import.meta.url);
