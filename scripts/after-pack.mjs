// electron-builder's afterPack hook (electron-builder.yml): flips the fuses of the packaged
// Electron binary before it is signed, so the shipped app cannot be run as plain Node, takes no
// NODE_OPTIONS or --inspect, encrypts its cookies, and loads only its own checked app.asar.
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/** The fuse wire every packaged build carries; tests read it from here. */
export const FUSE_SETTINGS = Object.freeze({
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
});

/**
 * The configuration for @electron/fuses. Changing the binary voids its ad-hoc signature, which an
 * Apple-silicon Mac will not run, so a Mac build with an arm64 slice gets that signature renewed.
 */
export function fuseConfig(platform, hasArm64Slice) {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin' && hasArm64Slice,
    ...FUSE_SETTINGS,
  };
}

// electron-builder's Arch enum: 3 is arm64, 4 universal (x64 and arm64 in one binary).
const WITH_ARM64_SLICE = new Set([3, 4]);

/** The Electron executable electron-builder wrote into appOutDir (the .app bundle on macOS). */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export async function afterPack(context) {
  await flipFuses(packagedBinary(context), fuseConfig(context.electronPlatformName, WITH_ARM64_SLICE.has(context.arch)));
}

export default afterPack;
