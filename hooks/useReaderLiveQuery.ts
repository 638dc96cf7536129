/** Alias kept for hooks written against the reader's first version (useClipLibraryEntry); use `useLiveQuery`. */
export { useLiveQuery as useReaderLiveQuery } from './useLiveQuery';
