/**
 * Hands JSON text to the browser as a file download named `name`. The object URL lives on for a
 * few seconds: revoking it at once can cancel the download in some browsers.
 */
export function downloadJson(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
