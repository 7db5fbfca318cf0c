// sharp, loaded on first use: it brings libvips (native code, tens of MB) into the process, which
// commands and stores that never touch a photo should not pay for at start-up.
import type SharpModule from 'sharp';

type SharpFunction = typeof SharpModule;
let loading: Promise<SharpFunction> | undefined;

export function loadSharp(): Promise<SharpFunction> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
