/**
 * Storage failures as a small set the UI can explain in the reader's language. The message text here is for
 * developers and logs; the UI translates `kind`.
 */
export type StorageFailureKind =
  /** The disk or the origin's quota is full; nothing of the failed write was kept. */
  | 'quota'
  /** A unique key is taken, e.g. restoring an article whose URL was clipped again in the meantime. */
  | 'conflict'
  /** The record the caller refers to does not exist (any more). */
  | 'not-found'
  /** The page address cannot identify an article (not http/https/file). */
  | 'invalid-url'
  /** The caller passed something that must not be stored (an empty quote, a range outside the text). */
  | 'invalid-input'
  /** The database cannot be opened or was closed: private mode, a newer version open elsewhere, corruption. */
  | 'unavailable'
  | 'unknown';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE_NAMES = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'MissingAPIError',
  'VersionError',
  'VersionChangedError',
  'InvalidStateError',
  'UnknownError',
  'UpgradeError',
]);

/** Dexie wraps the browser's error in `inner`, bulk writes collect theirs in `failures`; look through both. */
function errorChain(error: unknown, seen = new Set<unknown>()): unknown[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const found: unknown[] = [error];
  const record = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  found.push(...errorChain(record.inner, seen), ...errorChain(record.cause, seen));
  const failures = record.failures;
  if (failures && typeof failures === 'object') {
    for (const failure of Object.values(failures)) found.push(...errorChain(failure, seen));
  }
  return found;
}

function namesIn(error: unknown): string[] {
  return errorChain(error).flatMap((link) => {
    const name = (link as { name?: unknown }).name;
    return typeof name === 'string' ? [name] : [];
  });
}

/**
 * Chromium reports a full quota as an `AbortError` on the transaction with the `QuotaExceededError` inside
 * (Dexie: `AbortError.inner`); Firefox and fake-indexeddb fail the request with `QuotaExceededError` itself.
 */
export function isQuotaExceeded(error: unknown): boolean {
  return namesIn(error).some(
    (name) => name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED',
  );
}

export function classifyStorageFailure(error: unknown): StorageFailureKind {
  if (error instanceof StorageError) return error.kind;
  if (isQuotaExceeded(error)) return 'quota';
  const names = namesIn(error);
  if (names.includes('ConstraintError')) return 'conflict';
  if (names.some((name) => UNAVAILABLE_NAMES.has(name))) return 'unavailable';
  return 'unknown';
}

function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StorageError(classifyStorageFailure(error), detail, { cause: error });
}

/** Runs a storage operation so that every failure leaves it as a `StorageError` with a kind. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

export type StorageResult<T> =
  { ok: true; value: T } | { ok: false; error: { kind: StorageFailureKind; message: string } };

/** For message handlers, which return errors as values across the context boundary. */
export async function asStorageResult<T>(operation: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    const failure = toStorageError(error);
    return { ok: false, error: { kind: failure.kind, message: failure.message } };
  }
}
