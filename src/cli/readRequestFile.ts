import * as fs from "node:fs";
import type { Language } from "../core/messages/language";

/** The largest request file `tcaccel validate` reads: the API refuses request bodies over 10 MB anyway. */
export const MAX_REQUEST_FILE_BYTES = 10 * 1024 * 1024;

/** A named file that is not read, with the reason in the command's language. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

type Reason = { en: string; zh: string };

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Why an existing path is not a regular file (stat follows symlinks, so a link to /dev/zero is a device). */
function notRegular(stat: fs.Stats): Reason | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return { en: "it is a folder", zh: "这是一个文件夹" };
  if (stat.isFIFO()) return { en: "it is a named pipe (FIFO), not a regular file", zh: "这是命名管道（FIFO），不是普通文件" };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { en: "it is a device, not a regular file", zh: "这是设备，不是普通文件" };
  if (stat.isSocket()) return { en: "it is a socket, not a regular file", zh: "这是套接字，不是普通文件" };
  return { en: "it is not a regular file", zh: "这不是普通文件" };
}

/** `size` when the file's stat told it. */
function tooLarge(size?: number): Reason {
  const en = size === undefined ? "" : ` (${mb(size)})`;
  const zh = size === undefined ? "" : `（${mb(size)}）`;
  return {
    en: `it is larger than ${mb(MAX_REQUEST_FILE_BYTES)}${en}, the most a request file may be (the API refuses larger requests)`,
    zh: `文件超过 ${mb(MAX_REQUEST_FILE_BYTES)}${zh}，这是请求文件的上限（API 不接受更大的请求）`,
  };
}

function systemReason(e: unknown): Reason {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return { en: "no such file", zh: "没有该文件" };
    case "EISDIR":
      return { en: "it is a folder", zh: "这是一个文件夹" };
    case "EACCES":
    case "EPERM":
      return { en: "permission denied", zh: "没有读取权限" };
    case "ELOOP":
      return { en: "too many levels of symbolic links", zh: "符号链接层数过多" };
    case "ENOTDIR":
      return { en: "a part of the path is not a folder", zh: "路径中的某一部分不是文件夹" };
    default:
      return { en: `it cannot be read (${code ?? "unknown error"})`, zh: `无法读取（${code ?? "未知错误"}）` };
  }
}

/** Reads at most `limit + 1` bytes: a file that grows after its stat (or lies about its size) is still caught. */
function readBounded(fd: number, size: number, limit: number): Buffer | undefined {
  let buffer = Buffer.alloc(Math.min(size, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const bigger = Buffer.alloc(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}

/**
 * A request file's text, read as UTF-8 (BOMs, UTF-16 and the like are the validator's to name). Only regular files
 * are read, and only up to MAX_REQUEST_FILE_BYTES: a FIFO, a device (a link to /dev/zero), a folder or a huge file
 * is refused at once with the reason, never waited on or read without end.
 */
export function readRequestFile(file: string, lang: Language): string {
  const fail = (reason: Reason) => new UnreadableFileError(file, lang === "zh-cn" ? reason.zh : reason.en);
  let fd: number;
  try {
    const stat = fs.statSync(file);
    const wrongKind = notRegular(stat);
    if (wrongKind) throw fail(wrongKind);
    if (stat.size > MAX_REQUEST_FILE_BYTES) throw fail(tooLarge(stat.size));
    // O_NONBLOCK: should the path turn into a FIFO between stat and open, opening it must not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw e instanceof UnreadableFileError ? e : fail(systemReason(e));
  }
  try {
    const wrongKind = notRegular(fs.fstatSync(fd));
    if (wrongKind) throw fail(wrongKind);
    const bytes = readBounded(fd, fs.fstatSync(fd).size, MAX_REQUEST_FILE_BYTES);
    if (bytes === undefined) throw fail(tooLarge());
    return bytes.toString("utf8");
  } catch (e) {
    throw e instanceof UnreadableFileError ? e : fail(systemReason(e));
  } finally {
    fs.closeSync(fd);
  }
}
