/** Offers a file to the reader, as a link with `download` would; the address is released once taken. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; a moment later the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a story's title: lower case, words joined by hyphens (apostrophes dropped), any script kept. */
export function fileName(title: string, extension: string): string {
  const stem = title.normalize('NFKC').toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem || 'timeline'}.${extension}`;
}
