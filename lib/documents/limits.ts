// Limits on uploaded CVs. One place, so the API, the page and the tests agree.

/** Largest file accepted (bytes). Larger → 413. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Most PDF pages read. More → 413. */
export const MAX_PDF_PAGES = 20;

/** Extracted text is cut here (with a notice); pasted text longer than this is refused (422). */
export const MAX_TEXT_CHARS = 50_000;

/** DOCX archive checks, made before the archive is opened: total uncompressed size and number of entries. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 500;

/** Reading one file may take this long. Longer → 422. */
export const EXTRACTION_TIMEOUT_MS = 10_000;

/** What the file picker accepts (the server checks the content, not this list). */
export const ACCEPTED_EXTENSIONS = [".pdf", ".docx", ".txt", ".md"] as const;

/** PDF streams are decoded with these caps before pdf.js opens the file (decompression bombs): one stream, all streams. */
export const MAX_PDF_STREAM_BYTES = 25 * 1024 * 1024;
export const MAX_PDF_DECODED_BYTES = 50 * 1024 * 1024;

/** Most indirect objects a PDF may declare (a CV has a few hundred to a few thousand). */
export const MAX_PDF_OBJECTS = 50_000;
