/**
 * Refused before any parsing: a planner's sheet is never this large, and parsing it would hang.
 * Apart from the reader so the window's drop target can check a file without loading SheetJS.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
