// A remark-cli reporter (`--report ./bench/peer-reporter.mjs`) that prints one JSON line:
// { files, messages, byFile: { path: count } } — so the bench can count the peer's findings.
export default function report(files) {
  const byFile = {};
  let messages = 0;
  for (const file of files) {
    if (file.messages.length === 0) continue;
    byFile[file.path] = file.messages.length;
    messages += file.messages.length;
  }
  return JSON.stringify({ files: files.length, messages, byFile });
}
