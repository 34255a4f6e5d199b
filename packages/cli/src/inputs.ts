import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** Extensions picked up inside directories, per input format. */
export const DIRECTORY_EXTENSIONS = {
  text: ['.txt', '.md'],
  jsonl: ['.jsonl', '.ndjson']
} as const

export interface Input {
  /** As shown to the user: the argument, or `argument/relative/path` for files found in a directory; `-` for stdin. */
  name: string
  /** Absent for stdin. */
  path?: string
  /** Bytes, when known (progress estimate). */
  size?: number
  /** Path relative to the directory argument it was found in, or the base name: how `--out` names its file. */
  relative: string
}

export interface Expanded {
  inputs: Input[]
  /** Arguments that could not be read, as messages. */
  errors: string[]
  /** More than one argument, or a directory: output must go to `--out` or `--jsonl`. */
  several: boolean
  /** Directory arguments with no file of the right extension in them (a typo, or the wrong folder). */
  empty: string[]
}

/**
 * Turn arguments into inputs, in argument order; directory contents sorted by
 * name so runs are reproducible. Symlinked directories are not followed
 * (no loops); symlinked files are.
 */
export async function expandInputs(args: string[], extensions: readonly string[]): Promise<Expanded> {
  const inputs: Input[] = []
  const errors: string[] = []
  const empty: string[] = []
  let several = args.length > 1

  if (args.length === 0) return {inputs: [{name: '-', relative: 'stdin'}], errors, several, empty}

  for (const arg of args) {
    if (arg === '-') {
      inputs.push({name: '-', relative: 'stdin'})
      continue
    }
    let info
    try {
      info = await stat(arg)
    } catch (error) {
      errors.push(arg + ': cannot read: ' + (error as Error).message)
      continue
    }
    if (info.isDirectory()) {
      several = true
      const before = inputs.length
      await walk(arg, '', extensions, inputs, errors)
      if (inputs.length === before) empty.push(arg)
    } else {
      inputs.push({name: arg, path: arg, size: info.size, relative: path.basename(arg)})
    }
  }
  return {inputs, errors, several, empty}
}

async function walk(root: string, relative: string, extensions: readonly string[], inputs: Input[], errors: string[]) {
  const directory = path.join(root, relative)
  let entries: Dirent[]
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    errors.push(directory + ': cannot read: ' + (error as Error).message)
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = path.join(relative, entry.name)
    if (entry.isDirectory()) {
      await walk(root, child, extensions, inputs, errors)
    } else if (
      (entry.isFile() || entry.isSymbolicLink()) &&
      extensions.includes(path.extname(entry.name).toLowerCase())
    ) {
      const name = path.join(root, child)
      let size: number | undefined
      try {
        const info = await stat(name)
        if (!info.isFile()) continue
        size = info.size
      } catch {
        // A broken symlink: reading it later reports the error with its path.
      }
      const input: Input = {name, path: name, relative: child}
      if (size !== undefined) input.size = size
      inputs.push(input)
    }
  }
}
