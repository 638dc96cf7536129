/** What an exporter hands the UI to download: a name, a MIME type and the bytes or text. */
export interface ExportFile {
  name: string;
  mimeType: string;
  data: string | Uint8Array;
}
