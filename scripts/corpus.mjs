/**
 * Shared helpers for the evaluation and benchmark scripts: where the
 * evaluation corpus is, and how to read its files.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const corpus = resolve(root, '..', 'shared', 'corpus')

/** Exits with a clear message (status 0) when a corpus folder is missing. */
export function requireCorpus(...parts) {
  const folder = join(corpus, ...parts)
  if (!existsSync(folder)) {
    console.log(`skipped: ${folder} does not exist (the evaluation corpus is not part of this repository)`)
    process.exit(0)
  }
  return folder
}

/** Every file under `folder` with one of `extensions`, sorted. */
export function listFiles(folder, extensions = ['.txt']) {
  const found = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (extensions.some((extension) => entry.name.endsWith(extension))) found.push(path)
    }
  }
  walk(folder)
  return found
}

/** Reads a text file as UTF-8, falling back to Latin-1 when it is not valid UTF-8. */
export function readText(path) {
  const bytes = readFileSync(path)
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return new TextDecoder('latin1').decode(bytes)
  }
}
