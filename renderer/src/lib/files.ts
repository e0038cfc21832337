// Files the user picked in the page (a File from an <input type=file> or a drop), as the
// channels take them.

/** The bytes of a File as base64 (assist:check, receipts:attach, a dropped import file of any kind). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
