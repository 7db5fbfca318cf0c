// Where the app may write an export: an absolute .pdf path outside the workspace's own data
// folders, never over a file that is not a PDF. Checks only read the disk; a refusal changes nothing.
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import type { Issue } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import { isErrnoCode } from '../durable-file';
import { LAYOUT_DIRS } from '../workspace-layout';

/** The folder inside the workspace that suggested export paths point into. */
export const EXPORT_DIR = '导出';

/** Characters no file system takes in a name (Windows is the strictest); control characters too. */
const UNSAFE_NAME_CHARACTERS = '\\/:*?"<>|';

function safeName(text: string): string {
  return [...text].filter((character) => character >= ' ' && !UNSAFE_NAME_CHARACTERS.includes(character)).join('');
}

/** <workspace>/导出/<刊名>-第<期号>期-<date>.pdf, e.g. …/导出/开发区建设-第14期-2025-05-09.pdf. */
export function suggestedExportPath(workspaceDir: string, profile: PublicationProfile, issue: Issue): string {
  const title = safeName(profile.masthead.title).trim() || '报纸';
  return path.join(workspaceDir, EXPORT_DIR, `${title}-第${issue.number}期-${issue.date}.pdf`);
}

function refuse(message: string, file: string): never {
  throw new DomainError('INVALID_ARGUMENT', message, file);
}

/** The path with its existing part resolved through links, so a link cannot smuggle it into a folder. */
async function realLocation(file: string): Promise<string> {
  const rest: string[] = [];
  for (let dir = file; ; dir = path.dirname(dir)) {
    try {
      return path.join(await realpath(dir), ...rest);
    } catch (error) {
      if (!isErrnoCode(error, 'ENOENT', 'ENOTDIR') || path.dirname(dir) === dir) return file;
      rest.unshift(path.basename(dir));
    }
  }
}

function isInside(file: string, folder: string): boolean {
  const fold = (value: string) => (process.platform === 'win32' || process.platform === 'darwin' ? value.toLowerCase() : value);
  const relative = path.relative(fold(folder), fold(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function startsWithPdfHeader(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.toString('latin1') === '%PDF';
  } finally {
    await handle.close();
  }
}

/** The deepest part of the path that exists must be a folder; the rest is created at export. */
async function checkParents(file: string): Promise<void> {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(dir)).isDirectory();
    } catch (error) {
      if (isErrnoCode(error, 'ENOENT', 'ENOTDIR') && path.dirname(dir) !== dir) continue;
      throw error;
    }
    if (!isFolder) refuse(`无法导出到 ${file}：路径中的“${dir}”是一个文件，不是文件夹。`, file);
    return;
  }
}

/**
 * Checks an export's output path and returns it normalised; refuses (INVALID_ARGUMENT, nothing
 * written) a relative path, a name not ending in .pdf, a place inside the workspace's data folders,
 * and an existing path that is not a regular file starting with %PDF.
 */
export async function checkExportOutput(workspaceDir: string, output: string): Promise<string> {
  if (output.trim() === '' || output.includes('\0')) refuse('请填写导出文件的路径。', output);
  if (!path.isAbsolute(output)) refuse(`导出文件须写完整路径（从根目录或盘符写起）：“${output}”不是完整路径。`, output);
  const file = path.resolve(output);
  const name = path.basename(file);
  if (!/^.+\.pdf$/i.test(name)) refuse(`导出文件名须以 .pdf 结尾：“${name}”。`, file);
  const [realFile, realWorkspace] = await Promise.all([realLocation(file), realLocation(path.resolve(workspaceDir))]);
  for (const folder of LAYOUT_DIRS) {
    if (isInside(file, path.join(workspaceDir, folder)) || isInside(realFile, path.join(realWorkspace, folder))) {
      refuse(
        `不能导出到工作区的数据文件夹“${folder}”里：那里只存放工作区自己的文件。请换一个位置，例如工作区的“${EXPORT_DIR}”文件夹。`,
        file,
      );
    }
  }
  let stats;
  try {
    stats = await lstat(file);
  } catch (error) {
    if (!isErrnoCode(error, 'ENOENT', 'ENOTDIR')) throw error;
    await checkParents(file);
    return file;
  }
  if (stats.isDirectory()) refuse(`无法导出：${file} 是一个文件夹。请在后面写上文件名，例如 …/开发区建设.pdf。`, file);
  if (!stats.isFile()) refuse(`无法导出：${file} 已存在，但不是普通文件（可能是链接或设备），为免破坏，已拒绝覆盖。`, file);
  if (!(await startsWithPdfHeader(file))) {
    refuse(`无法导出：${file} 已存在，但不是 PDF 文件，为免覆盖别的文件，已拒绝。请换一个文件名。`, file);
  }
  return file;
}
