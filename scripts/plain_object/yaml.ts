import { Yaml } from 'cdk8s';

/**
 * The YAML of JSON documents, byte for byte as cdk8s's `Yaml.stringify` writes them, in a fraction of its time.
 *
 * cdk8s writes each document with the `yaml` 2.x library it bundles (2.9.1 in cdk8s 2.70), configured as YAML
 * 1.1 with no line width (`{ keepUndefined: true, lineWidth: 0, version: '1.1' }`), and joins the documents with
 * `---`. This writer mirrors the rules that library applies to plain JSON values: block maps and sequences, `{}`
 * and `[]` for empty ones, numbers, booleans and null as its 1.1 tags write them, plain scalars where it writes
 * them plain, single- or double-quoted scalars where it quotes them (keys included: a key longer than 1024
 * characters becomes an explicit `? ` key), and literal block scalars for multi-line values. A document holding
 * anything else (control characters, unpaired surrogates, undefined, non-JSON objects, one object reached twice,
 * which the library writes as an alias, or a scalar at the top level) is written by cdk8s's `Yaml.stringify`
 * itself, so the output is exact for every document. The test suite compares both writers on every manifest the
 * project produces and on thousands of randomized documents of tricky strings, so that a cdk8s or `yaml` upgrade
 * that changes the library's output fails loudly.
 */
export class YamlWriter {
  /**
   * The YAML of `docs`, as cdk8s's `Yaml.stringify(...docs)` writes it.
   *
   * @param docs the documents; an undefined one is written as an empty line, as cdk8s writes it
   */
  public static stringify(docs: any[]): string {
    return docs.map(doc => {
      if (doc === undefined) {
        return '\n';
      }
      const text = YamlWriter.write(doc);
      return text === undefined ? Yaml.stringify(doc) : text;
    }).join('---\n');
  }

  /**
   * Whether `stringify` writes `doc` itself, rather than through cdk8s's `Yaml.stringify`.
   *
   * @param doc the document
   */
  public static writesItself(doc: any): boolean {
    return YamlWriter.write(doc) !== undefined;
  }

  /** The YAML of one document, or undefined when the library would write something this writer does not. */
  private static write(doc: any): string | undefined {
    if (!isMap(doc) && !Array.isArray(doc)) {
      return undefined;
    }
    try {
      return node(doc, '', new Set()) + '\n';
    } catch (err) {
      if (err === UNSUPPORTED) {
        return undefined;
      }
      throw err;
    }
  }
}

/** Thrown where the fast path is not certain to write what the library writes; the document falls back. */
const UNSUPPORTED = new Error('not written by the fast path');

/** The library's indentation step. */
const STEP = '  ';

/**
 * Characters the library always writes double-quoted with escapes (C0 and C1 controls but tab and newline,
 * DEL, unpaired surrogates): left to the library.
 */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/**
 * Where a plain scalar is not allowed (the library's `plainString`): starting with an indicator, `-` or `?`
 * alone or before a space or tab, `: ` or a newline before a space or tab, a space or tab before a newline,
 * `#` after a space, tab or newline, ending with a space, tab, newline or `:`.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/**
 * Plain scalars a YAML 1.1 reader would not read as strings: the `test` of every default tag of the
 * library's yaml-1.1 schema other than `str` (null, bool, the four ints, the three floats, the merge key,
 * the sexagesimal int and float, the timestamp). Such strings are quoted (but `<<`: see `MERGE_KEY`).
 */
const NOT_STRING = new RegExp([
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^<<$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
].map(r => `(?:${r.source})`).join('|'));

/**
 * The merge key: the library's merge tag identifies the string `<<` as well as its string tag does and,
 * having a `test`, is preferred, so `<<` is written plain wherever it is (key, value or item).
 */
const MERGE_KEY = '<<';

/** A line starting with a document marker or a directive (the library's `containsDocumentMarker`). */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** A plain JSON object (the library writes other objects its own ways). */
function isMap(value: any): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A value in block context whose node is indented by `indent` (the library's `ctx.indent`). Objects and
 * arrays already written are in `seen`: the library writes a second reference to one as an alias.
 */
function node(value: any, indent: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return scalar(value, indent);
    case 'number':
      return number(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) {
        return 'null';
      }
      if (seen.has(value)) {
        throw UNSUPPORTED;
      }
      seen.add(value);
      if (Array.isArray(value)) {
        return value.length === 0 ? '[]' : sequence(value, indent, seen);
      }
      if (isMap(value)) {
        const keys = Object.keys(value);
        return keys.length === 0 ? '{}' : map(value, keys, indent, seen);
      }
      throw UNSUPPORTED;
    default:
      throw UNSUPPORTED;
  }
}

/** A non-empty block sequence: `- ` items, each indented one step more than the sequence. */
function sequence(items: any[], indent: string, seen: Set<object>): string {
  const itemIndent = indent + STEP;
  let out = '';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) {
      out += '\n' + indent;
    }
    out += '- ' + node(items[i], itemIndent, seen);
  }
  return out;
}

/**
 * A non-empty block map, keys in `Object.keys` order as the library takes them (the library's
 * `stringifyPair`): a key and its scalar value on one line, a non-empty collection on the next lines one
 * step in (sequences included), an explicit `? ` key when the implicit key is over 1024 characters.
 */
function map(value: any, keys: string[], indent: string, seen: Set<object>): string {
  const inner = indent + STEP;
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) {
      out += '\n' + indent;
    }
    const key = implicitKey(keys[i], inner);
    const explicit = key.length > 1024;
    const item = value[keys[i]];
    const text = node(item, inner, seen);
    if (explicit) {
      out += `? ${key}\n${indent}: ${text}`;
    } else if (item !== null && typeof item === 'object' && text !== '[]' && text !== '{}') {
      // a non-empty collection (its text is never `[]` or `{}`) starts on the next line
      out += key + ':\n' + inner + text;
    } else {
      out += key + ': ' + text;
    }
  }
  return out;
}

/** A number as the library's int and float tags write it (`stringifyNumber`). */
function number(value: number): string {
  if (!isFinite(value)) {
    return isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  }
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

/** A string value in block context (the library's `plainString` for a value that is not a key). */
function scalar(value: string, indent: string): string {
  if (value === MERGE_KEY) {
    return value;
  }
  if (CONTROL.test(value)) {
    throw UNSUPPORTED;
  }
  if (value.includes('\n')) {
    // the library writes a multi-line string as a block scalar, plain-safe or not
    return block(value, indent);
  }
  // a document marker only matters at the top level, whose scalars are left to the library
  return NOT_PLAIN.test(value) || NOT_STRING.test(value) ? quoted(value, indent, false) : value;
}

/** A map key, always implicit first (the library's `plainString` with `implicitKey`). */
function implicitKey(key: string, indent: string): string {
  if (key === MERGE_KEY) {
    return key;
  }
  if (CONTROL.test(key)) {
    throw UNSUPPORTED;
  }
  if (key.includes('\n') || NOT_PLAIN.test(key)) {
    return quoted(key, indent, true);
  }
  // a key of a top-level map starting with a document marker would end the document
  if (indent === STEP && DOCUMENT_MARKER.test(key)) {
    return quoted(key, indent, true);
  }
  return NOT_STRING.test(key) ? quoted(key, indent, true) : key;
}

/** A quoted scalar (the library's `quotedString`): single quotes when it has `"` and no `'`, else double. */
function quoted(value: string, indent: string, key: boolean): string {
  if (value.includes('"') && !value.includes("'")) {
    return singleQuoted(value, indent, key);
  }
  return doubleQuoted(value, indent, key);
}

/**
 * A single-quoted scalar (the library's `singleQuotedString`, for a value with no `'`): each run of
 * newlines written with one more newline and the indentation; double quotes for a key with a newline and
 * for whitespace next to a newline.
 */
function singleQuoted(value: string, indent: string, key: boolean): string {
  if (!value.includes('\n')) {
    return `'${value}'`;
  }
  if (key || /[ \t]\n|\n[ \t]/.test(value)) {
    return doubleQuoted(value, indent, key);
  }
  return `'${value.replace(/\n+/g, run => run + '\n' + indent)}'`;
}

/**
 * A double-quoted scalar (the library's `doubleQuotedString`) of a string without control characters, so
 * JSON escapes only `"`, `\`, tab and newline. A space before a newline is escaped (`\ `). In a value whose
 * JSON is at least 40 characters long, a newline that is not the last character is written as a line break
 * (the library's `doubleQuotedMinMultiLineLength`): `\n` followed by one more newline per further newline
 * that is not last, then the indentation, and `\` before a space that follows.
 */
function doubleQuoted(value: string, indent: string, key: boolean): string {
  const json = JSON.stringify(value);
  const breaks = !key && json.length >= 40;
  let out = '';
  let start = 0;
  for (let i = 0; i < json.length; i++) {
    if (json[i] === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      out += json.slice(start, i) + '\\ ';
      start = ++i;
    }
    if (json[i] !== '\\') {
      continue;
    }
    if (breaks && json[i + 1] === 'n' && json[i + 2] !== '"') {
      out += json.slice(start, i) + '\n\n';
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += indent;
      if (json[i + 2] === ' ') {
        out += '\\';
      }
      start = i + 2;
    }
    i++; // the escaped character
  }
  return start === 0 ? json : out + json.slice(start);
}

/**
 * A literal block scalar of a multi-line value (the library's `blockString`: with no line width it never
 * folds). Chomping follows the trailing whitespace: `-` without a final newline, `+` when the value is
 * only whitespace or its trailing whitespace holds more than the one final newline, else clip. The
 * indentation indicator `2` is written when the leading whitespace holds a space. A value ending with a
 * newline then spaces or tabs is quoted instead.
 */
function block(value: string, indent: string): string {
  if (/\n[\t ]+$/.test(value)) {
    return quoted(value, indent, false);
  }
  let endStart = value.length;
  while (endStart > 0 && isBlank(value[endStart - 1])) {
    endStart--;
  }
  let end = value.substring(endStart);
  const endNewline = end.indexOf('\n');
  const chomp = endNewline === -1 ? '-' : endStart === 0 || endNewline !== end.length - 1 ? '+' : '';
  let body = value.substring(0, endStart);
  if (end.endsWith('\n')) {
    end = end.slice(0, -1);
  }
  // each run of newlines in the trailing whitespace that is followed by a space or tab gets the indentation
  end = end.replace(/(?<!\n)\n+(?!\n|$)/g, run => run + indent);
  let leadingSpace = false;
  let lastNewline = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === ' ') {
      leadingSpace = true;
    } else if (body[i] === '\n') {
      lastNewline = i;
    } else {
      break;
    }
  }
  const start = body.substring(0, lastNewline + 1).replace(/\n+/g, run => run + indent);
  body = body.substring(lastNewline + 1).replace(/\n+/g, run => run + indent);
  return `|${leadingSpace ? '2' : ''}${chomp}\n${indent}${start}${body}${end}`;
}

function isBlank(ch: string): boolean {
  return ch === '\n' || ch === '\t' || ch === ' ';
}
