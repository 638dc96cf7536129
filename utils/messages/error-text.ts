/** The message of a thrown value, whatever was thrown; a leaf module every layer may import. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
