/** Copies text to the clipboard; where the Clipboard API is refused, through a selected textarea. */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text).catch(() => {
    const ta = document.createElement('textarea');
    ta.value = text;
    document.body.append(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  });
}
