// Types of scripts/after-pack.mjs for the tests that import it.
import type { FuseV1Config } from '@electron/fuses';

export declare const FUSE_SETTINGS: Readonly<Record<number, boolean>>;
export declare function fuseConfig(platform: string, hasArm64Slice: boolean): FuseV1Config;
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export declare function packagedBinary(context: AfterPackContext): string;
export declare function afterPack(context: AfterPackContext): Promise<void>;
export default afterPack;
