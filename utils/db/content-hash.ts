/**
 * SHA-256 of the article text as lower-case hex. NFC first, so the same words arriving in composed or decomposed
 * form (macOS copies, some CMSs) hash alike and a re-clip of an unchanged page is recognised as unchanged.
 */
export async function hashText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text.normalize('NFC'));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
