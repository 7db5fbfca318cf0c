// sharp, loaded on first use: it brings libvips (native code, tens of MB) into the process, which
// commands and stores that never touch a photo should not pay for at start-up. Loaded with require,
// not import(): the CLI runs its bundle as a script (for V8's code cache), where import() is absent.
import { createRequire } from 'node:module';
import type SharpModule from 'sharp';

type SharpFunction = typeof SharpModule;
let loaded: SharpFunction | undefined;

export function loadSharp(): Promise<SharpFunction> {
  loaded ??= createRequire(import.meta.url)('sharp') as SharpFunction;
  return Promise.resolve(loaded);
}
