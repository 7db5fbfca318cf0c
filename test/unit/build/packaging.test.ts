// The packaged app: the afterPack hook flips exactly the fuses we ship (checked on a stand-in
// binary carrying Electron's fuse sentinel), and electron-builder.yml takes signing and
// notarisation from the environment only, so a build without credentials is simply unsigned.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fuses from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterPack, FUSE_SETTINGS, fuseConfig, packagedBinary, type AfterPackContext } from '../../../scripts/after-pack.mjs';

const { FuseV1Options, getCurrentFuseWire } = fuses;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);

/** Where @electron/fuses finds the wire: the sentinel, then the wire's version and length. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLED = 0x31;
const DISABLED = 0x30;

describe('fuses', () => {
  it('are exactly: RunAsNode, NODE_OPTIONS and --inspect off; cookie encryption, asar integrity and asar-only on', () => {
    const named = Object.fromEntries(Object.entries(FUSE_SETTINGS).map(([index, value]) => [FuseV1Options[Number(index)], value]));
    expect(named).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    expect(fuseConfig('linux', false)).toMatchObject({ version: '1', resetAdHocDarwinSignature: false, ...FUSE_SETTINGS });
    expect(fuseConfig('darwin', true).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', false).resetAdHocDarwinSignature).toBe(false);
  });

  describe('flipped by the afterPack hook', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-fuses-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    function context(platform: string): AfterPackContext {
      return {
        appOutDir: dir,
        electronPlatformName: platform,
        arch: 1,
        packager: { appInfo: { productFilename: '开发区建设编辑工作站' }, executableName: 'kfq-workstation' },
      };
    }

    /** A stand-in for the Electron binary: filler, the sentinel and a wire of 8 fuses as Electron ships them. */
    function fakeBinary(): Buffer {
      const shipped = [ENABLED, DISABLED, ENABLED, ENABLED, DISABLED, DISABLED, DISABLED, ENABLED];
      return Buffer.concat([
        Buffer.alloc(4096, 0x90),
        Buffer.from(SENTINEL, 'ascii'),
        Buffer.from([1, shipped.length, ...shipped]),
        Buffer.alloc(4096, 0xcc),
      ]);
    }

    it('on the Linux executable: the six fuses are set, the others and every other byte are left alone', async () => {
      const file = packagedBinary(context('linux'));
      expect(file).toBe(path.join(dir, 'kfq-workstation'));
      const before = fakeBinary();
      await writeFile(file, before);
      await afterPack(context('linux'));
      const wire = await getCurrentFuseWire(file);
      expect([0, 1, 2, 3, 4, 5, 6, 7].map((index) => wire[index as keyof typeof wire])).toEqual([
        DISABLED,
        ENABLED,
        DISABLED,
        DISABLED,
        ENABLED,
        ENABLED,
        DISABLED,
        ENABLED,
      ]);
      const after = await readFile(file);
      const wireStart = 4096 + SENTINEL.length + 2;
      expect(after.length).toBe(before.length);
      expect(after.subarray(0, wireStart).equals(before.subarray(0, wireStart))).toBe(true);
      expect(after.subarray(wireStart + 6).equals(before.subarray(wireStart + 6))).toBe(true);
    });

    it('on the Windows executable, and fails loudly on a binary without a fuse wire', async () => {
      const file = packagedBinary(context('win32'));
      expect(file).toBe(path.join(dir, '开发区建设编辑工作站.exe'));
      await writeFile(file, fakeBinary());
      await afterPack(context('win32'));
      expect((await getCurrentFuseWire(file))[FuseV1Options.RunAsNode]).toBe(DISABLED);
      await writeFile(file, Buffer.alloc(8192, 0x90));
      await expect(afterPack(context('win32'))).rejects.toThrow(/sentinel/);
    });
  });
});

describe('electron-builder.yml', () => {
  async function builderConfig(): Promise<Record<string, unknown>> {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    return yaml.load(await readFile(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  }

  /** Every key anywhere in the configuration, with its value. */
  function entries(value: unknown, out: [string, unknown][] = []): [string, unknown][] {
    if (Array.isArray(value)) for (const item of value) entries(item, out);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        out.push([key, inner]);
        entries(inner, out);
      }
    }
    return out;
  }

  it('is a configuration electron-builder accepts, running our hook and not its own fuses', async () => {
    const config = await builderConfig();
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(config.electronFuses).toBeUndefined();
    expect(config.asar).toBe(true);
  });

  it('holds no signing or notarisation settings: they come from the environment, and are off without it', async () => {
    const config = await builderConfig();
    const SECRETS =
      /^(cscLink|cscKeyPassword|cscInstallerLink|cscInstallerKeyPassword|certificateFile|certificatePassword|certificateSubjectName|certificateSha1|identity|appleId|appleIdPassword|teamId|keychain|keychainProfile|notarize|signtoolOptions|azureSignOptions|sign)$/;
    expect(entries(config).filter(([key]) => SECRETS.test(key))).toEqual([]);
    // An ${env.X} macro fails the build when X is not set; signing must simply be skipped instead.
    expect(JSON.stringify(config)).not.toContain('${env.');
    expect(config.forceCodeSigning).toBe(false);
    expect((config.mac as Record<string, unknown>).hardenedRuntime).toBe(true);
  });

  it('notarises exactly when the APPLE_* credentials are in the environment (electron-builder reads them)', () => {
    const { MacTargetHelper } = require('app-builder-lib/out/mac/MacTargetHelper.js') as {
      MacTargetHelper: { getNotarizeOptions(appPath: string): Record<string, unknown> | undefined };
    };
    const names = [
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
      'APPLE_API_KEY',
      'APPLE_API_KEY_ID',
      'APPLE_API_ISSUER',
      'APPLE_KEYCHAIN',
      'APPLE_KEYCHAIN_PROFILE',
    ];
    const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
    try {
      for (const name of names) delete process.env[name];
      expect(MacTargetHelper.getNotarizeOptions('/tmp/x.app')).toBeUndefined();
      Object.assign(process.env, { APPLE_ID: 'desk@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', APPLE_TEAM_ID: 'TEAM123456' });
      expect(MacTargetHelper.getNotarizeOptions('/tmp/x.app')).toMatchObject({ appleId: 'desk@example.com', teamId: 'TEAM123456' });
    } finally {
      for (const name of names) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });
});
