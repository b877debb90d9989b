// jsondiffpatch as a peer of encat-diff and encat-merge (bench/diff_merge.sh).
//
//   node peer_jsondiffpatch.mjs diff OLD.json NEW.json [--format json|text]
//   node peer_jsondiffpatch.mjs merge BASE.json OURS.json THEIRS.json -o OUT.json
//
// End to end like a command-line tool: read the files, parse, diff, print.
// Array items are matched by key as encat matches matters by code
// (objectHash: `code` for matters, `law` for basis entries), with move
// detection on and no text diffs (jsondiffpatch's plain `create`); the
// package's own CLI matches by `id`/`key` only, so it would pair matters by
// position. `--format json` prints the delta (JSON.stringify, indent 2),
// `text` the console formatter's text (no colour when not a terminal).
//
// `merge` is what jsondiffpatch offers for three inputs: the delta
// base -> theirs patched onto ours. It is not a three-way merge (array deltas
// are by index, so where ours moved items the patch can misplace them); it
// is timed for its cost, and its result is checked by diff_merge.sh.
import { readFileSync, writeFileSync } from "node:fs";
import { create } from "jsondiffpatch";
import * as consoleFormatter from "jsondiffpatch/formatters/console";

const args = process.argv.slice(2);
const usage = () => {
  console.error("usage: peer_jsondiffpatch.mjs diff OLD NEW [--format json|text] | merge BASE OURS THEIRS -o OUT");
  process.exit(2);
};
const read = (p) => JSON.parse(readFileSync(p, "utf8"));
const jdp = create({
  objectHash: (o, i) => (o && typeof o === "object" ? o.code ?? o.law ?? `$$index:${i}` : `$$index:${i}`),
  arrays: { detectMove: true },
});

if (args[0] === "diff" && args.length >= 3) {
  let format = "json";
  const f = args.indexOf("--format");
  if (f >= 0) format = args[f + 1];
  const left = read(args[1]);
  const right = read(args[2]);
  const delta = jdp.diff(left, right);
  if (delta === undefined) process.exit(0);
  if (format === "text") process.stdout.write(consoleFormatter.format(delta, left) + "\n");
  else process.stdout.write(JSON.stringify(delta, null, 2) + "\n");
  process.exitCode = 1;
} else if (args[0] === "merge" && args.length === 6 && args[4] === "-o") {
  const base = read(args[1]);
  const ours = read(args[2]);
  const theirs = read(args[3]);
  const delta = jdp.diff(base, theirs);
  const merged = delta === undefined ? ours : jdp.patch(ours, delta);
  writeFileSync(args[5], JSON.stringify(merged, null, 2) + "\n");
} else {
  usage();
}
