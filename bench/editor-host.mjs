// The host the extension gives the engine, for the benches: edited texts laid over a disk cache
// that the file watcher keeps fresh (CachedFileHost), so unchanged files are neither re-read nor
// re-parsed. Takes the host classes from bench/.work/entry.cjs.
export function editorLikeHost({ CachedFileHost, NodeFileHost }) {
  const overlay = new Map();
  const disk = new CachedFileHost(new NodeFileHost());
  return {
    overlay,
    read: (file) => (overlay.has(file) ? { text: overlay.get(file) } : disk.read(file)),
    list: (folder) => disk.list(folder),
    isFile: (file) => overlay.has(file) || disk.isFile(file),
  };
}
